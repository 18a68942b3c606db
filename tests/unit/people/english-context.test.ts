import { describe, expect, it } from 'vitest';
import { mentionTexts } from './checked';

const texts = (text: string) => mentionTexts(text, 'en');

describe('English context cues for names no list knows', () => {
  it('takes a word paired with "I" or addressed with "you"', () => {
    expect(texts('Yesterday Quorrin and I walked to the lake .')).toEqual(['Quorrin']);
    expect(texts('She came along with me and Quorrin .')).toEqual(['Quorrin']);
    expect(texts('Zelvani , you are a star !')).toEqual(['Zelvani']);
  });

  it('takes the object of a verb that takes people, but not a page imperative', () => {
    expect(texts('Please thank Quorrin for the cake .')).toEqual(['Quorrin']);
    expect(texts('Send it on and forward to Quorrin when done .')).toEqual(['Quorrin']);
    expect(texts('Meet Blorptech, a creative agency based in Ohio .')).toEqual([]);
  });

  it('takes a subject that a later personal pronoun stands for', () => {
    expect(texts('Quorrin is well and has found himself a new flat .')).toEqual(['Quorrin']);
    expect(texts('Blorptech is growing and it has opened an office .')).toEqual([]);
    // Another name between the word and the pronoun may be the one it stands for.
    expect(texts('Blorptech hired Mary Jones and she starts soon .')).toEqual(['Mary Jones']);
  });

  it('takes a word followed by an apposition naming a trade, or after a lower-case trade', () => {
    expect(texts('Quorrin - the owner , fixed my bike in an hour .')).toEqual(['Quorrin']);
    expect(texts('The lesson was given by the teacher Zelvani .')).toEqual(['Zelvani']);
    expect(texts('Instructor Training starts in May .')).toEqual([]);
    expect(texts('The figures are in a report by Blorptech , a Restaurant Business sister brand .')).toEqual([]);
  });

  it('takes given names that are also words only with such context', () => {
    expect(texts('Holly - the owner , knows her craft .')).toEqual(['Holly']);
    expect(texts('We will meet in Rod \'s office .')).toEqual(['Rod']);
    expect(texts('Holly grows by the wall .')).toEqual([]);
  });

  it('reads sign-offs, Irish surnames and mail display names', () => {
    expect(texts('Thanks From Bill')).toEqual(['Bill']);
    expect(texts('Meeting moved .\nTo : Quorrin')).toEqual(['Quorrin']);
    expect(texts("Nobody has replaced O'Keefe yet .")).toEqual(["O'Keefe"]);
    expect(texts('" Les Spahnn " < les@example.com >')).toEqual(['Les Spahnn']);
    expect(texts('" McGilloway , Vangie " < vm@example.com >')).toEqual(['McGilloway , Vangie']);
    // A postscript mark is no pair of initials.
    expect(texts('See you then .\nP.S. Tom , please bring the maps .')).toEqual(['Tom']);
  });

  it('finds lower-case given names paired with "i", not inside place names', () => {
    expect(texts('The trip is off . I think shanna and i will stay home .')).toEqual(['shanna']);
    // Text nobody capitalises takes lower-case given names, but not one after "san" or "st".
    expect(texts('i am from mexico . we are going to san francisco next week .')).toEqual([]);
  });

  it('splits two names written one after the other and ends a name after its middle initial', () => {
    expect(texts('Team : Melanie King Brandon Luna - Analyst')).toEqual(['Melanie King', 'Brandon Luna']);
    expect(texts('Kevin A. Boone Accenture -- Houston')).toEqual(['Kevin A. Boone']);
    expect(texts('Thank You Barry s Auto Tech !')).toEqual([]);
  });

  it('reads initials and lower-case names signing a mail, but not headings or abbreviations', () => {
    expect(texts('See you at noon .\n\nGT')).toEqual(['GT']);
    expect(texts('See you at noon .\n\n- M')).toEqual(['M']);
    expect(texts('See you at noon .\n\njeff')).toEqual(['jeff']);
    expect(texts('Nice post .\nPosted by darin')).toEqual(['darin']);
    // ("CX" is no listed abbreviation: the text's own "(CX)" says it is one.)
    expect(texts('Tools we like .\n\nCX\n\nCustomer experience (CX) is what we measure .')).toEqual([]);
    expect(texts('Read this .\n\nFYI')).toEqual([]);
  });

  it('reads dotless initials before a surname and names in capitals only where nothing else is', () => {
    expect(texts('There are loose links to AQ Khan in the file .')).toEqual(['AQ Khan']);
    expect(texts('The US Senate met .')).toEqual([]);
    expect(texts('THOMAS KENNEDY: I mean , it is scary .')).toEqual(['THOMAS KENNEDY']);
    expect(texts('The American Dental Association (ADA) says so .')).toEqual([]);
    expect(texts('1. CANON EOS R6 MARK II')).toEqual([]);
  });

  it('takes a word beside a person after a comma only when a list goes on', () => {
    expect(texts("I used to visit Blorpton , Thomas Jefferson's garden , every year .")).toEqual(['Thomas Jefferson']);
    expect(texts('We saw Quorrin , Thomas Jefferson and Mary Jones .')).toEqual(['Quorrin', 'Thomas Jefferson', 'Mary Jones']);
  });
});
