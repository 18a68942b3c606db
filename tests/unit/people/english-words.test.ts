import { describe, expect, it } from 'vitest';
import { checkedPeople, mentionTexts } from './checked';
import { everydayBases } from '../../../core/people/tokens';

const texts = (text: string) => mentionTexts(text, 'en');

describe('English name and word lists (en-names.json)', () => {
  it('finds rarer given names beside a surname, and surnames that are also words', () => {
    expect(texts('Yesterday Tyriq Withers arrived with Lourdes Vantongeren .')).toEqual(['Tyriq Withers', 'Lourdes Vantongeren']);
    expect(texts('Harriet Carpenter said the plan works .')).toEqual(['Harriet Carpenter']);
    expect(texts('I met Jim Long and Sara White at the fair .')).toEqual(['Jim Long', 'Sara White']);
  });

  it('trusts a census surname after a given name, even one that is a word, but not alone', () => {
    expect(texts('The mural was painted by Robin Gottlieb last year .')).toEqual(['Robin Gottlieb']);
    expect(texts('The Gottlieb archive opened in May .')).toEqual([]);
    // An unknown word before a census surname is no evidence.
    expect(texts('The Quorvix Gottlieb fund closed .')).toEqual([]);
  });

  it('takes no label, product or place made of a given name and everyday words', () => {
    expect(texts('Visitors toured Joshua Tree National Park last spring .')).toEqual([]);
    expect(texts('The Carmen Course Template opens each class .')).toEqual([]);
    expect(texts('U Free Certificates are listed below .')).toEqual([]);
  });

  it('takes no place before a place noun, no business before a possessive, no listed group', () => {
    // (A verb of saying before it would make a lone unknown word a person.)
    expect(texts('Officials said Doda district would stay closed .')).toEqual([]);
    expect(texts("We ate at Britt 's Pizza again , and Britt's Diner later .")).toEqual([]);
    expect(texts("Hamas 's leaders met on Friday , and Hamas said nothing .")).toEqual([]);
    expect(texts('Leaders of al - Qaida were named .')).toEqual([]);
  });

  it('takes names led by an Arabic particle, even when the word is an everyday one', () => {
    expect(texts('Cells may look to bin Laden for cues , al - Sadr said .')).toEqual(['bin Laden', 'al - Sadr']);
  });

  it('still ties a later surname to the full name and leaves places and brands alone', () => {
    const text = 'Kremlin spokesman Dmitry Peskov said Telegram is banned . Peskov added that the White House in Washington knew .';
    const found = checkedPeople(text, 'en');
    expect(found.map((m) => m.text)).toEqual(['Dmitry Peskov', 'Peskov']);
    expect(found.every((m) => m.name === 'Dmitry Peskov' && m.role === 'Kremlin spokesman')).toBe(true);
  });

  it('offers the base forms an inflected word may come from', () => {
    expect(everydayBases('heaters')).toContain('heater');
    expect(everydayBases('studies')).toContain('study');
    expect(everydayBases('moving')).toContain('move');
    expect(everydayBases('cat')).toEqual([]);
  });
});
