import { describe, expect, it } from 'vitest';
import { mentionTexts } from './checked';

const texts = (text: string) => mentionTexts(text, 'en');

describe('English cues around a name no list knows', () => {
  it('never takes a company or a capital that "said" something', () => {
    expect(texts('Apple said the phone will ship late .')).toEqual([]);
    expect(texts('Washington said the deal is off .')).toEqual([]);
  });

  it('takes a run followed by an age in apposition', () => {
    expect(texts('Brakstad , 45 , was arrested on Monday .')).toEqual(['Brakstad']);
    expect(texts('Police questioned Quorrin Zelvani ( 31 ) at home .')).toEqual(['Quorrin Zelvani']);
    // A number that is no age, or no apposition, says nothing.
    expect(texts('The Blorptech , 450 , model sold out .')).toEqual([]);
    expect(texts('He scored Blorptech , 45 points .')).toEqual([]);
  });

  it('reads a possessive with no noun after it as a shop, not a person', () => {
    expect(texts("Lunch : Burger King , Taco Bell or Wendy 's ?")).toEqual([]);
    expect(texts("We go to Quorrin 's all the time .")).toEqual([]);
    expect(texts("Wendy 's car broke down again .")).toEqual(['Wendy']);
  });

  it('takes no speaker that its own sentence calls "its"', () => {
    expect(texts('Blorptech said it would cut jobs at its plant .')).toEqual([]);
    expect(texts('Brakstad said it was late and his train was full .')).toEqual(['Brakstad']);
  });

  it('takes given names that are also words, and two-word names, listed beside a person', () => {
    expect(texts('Steve , Rod and Quorrin came to the party .')).toEqual(['Steve', 'Rod', 'Quorrin']);
    expect(texts('The film was made by Zelvira Rice and Mary Jones .')).toEqual(['Zelvira Rice', 'Mary Jones']);
    // Without a person in the list, or with everyday words, nothing.
    expect(texts('He sells Ruby and Python books .')).toEqual([]);
    expect(texts('It was made by Blorp Widgets and Mary Jones .')).toEqual(['Mary Jones']);
  });

  it('takes an example given of a kind of person, not of a kind of company', () => {
    expect(texts('They are arresting people like Zorvath .')).toEqual(['Zorvath']);
    expect(texts('They met leaders such as Quorrin in June .')).toEqual(['Quorrin']);
    expect(texts('Companies like Zorvath will not agree .')).toEqual([]);
  });

  it('knows public figures news names by surname alone', () => {
    expect(texts('Many voted for Bush , and Putin met Macron in May .')).toEqual(['Bush', 'Putin', 'Macron']);
    // A figure whose name is also a word counts only away from a sentence start.
    expect(texts('Gore is everywhere in the film .')).toEqual([]);
    expect(texts('The senators met Gore on Tuesday .')).toEqual(['Gore']);
  });
});
