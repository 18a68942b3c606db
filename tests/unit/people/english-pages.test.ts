import { describe, expect, it } from 'vitest';
import { mentionTexts } from './checked';

const texts = (text: string) => mentionTexts(text, 'en');

describe('English news and web pages: brands, headings and places are no people', () => {
  it('reads a greeting word as one only where it opens its line or sentence', () => {
    expect(texts('Certificates from Brelvana are free , and I love Quorvix .')).toEqual([]);
    expect(texts('Cheers From Ted')).toEqual(['Ted']);
    // A given name after a mid-sentence "from" is still a person.
    expect(texts('I got the recipe from Shaniqua yesterday .')).toEqual(['Shaniqua']);
  });

  it('takes no job or product name made of a capitalised title and everyday words', () => {
    expect(texts('Our Chief Data Officer met the General Tape buyers .')).toEqual([]);
    expect(texts('Senator Long spoke first .')).toEqual(['Long']);
    // A title written small still makes the next word a person.
    expect(texts('Our kids adore the instructor Sprocket .')).toEqual(['Sprocket']);
  });

  it('takes no business name that ends in everyday words, nor that word alone later', () => {
    expect(texts('We hired Sheldon Brothers Moving , and Moving day went well .')).toEqual([]);
    expect(texts('We hired Kendra Palmer Movers . Movers arrive at nine .')).toEqual([]);
    // A person whose surname is an everyday word: later, that word alone is the word.
    expect(texts('Coach Ray Moving arrived . Later , Moving day went well .')).toEqual(['Ray Moving']);
  });

  it('takes no word shaped like a brand, and cuts one off a name', () => {
    expect(texts('Yesterday QuickLedger said prices rise , and the CPAs said so too .')).toEqual([]);
    expect(texts('LinkedIn Dora Makris , SEO Lead , Conductor')).toEqual(['Dora Makris']);
    expect(texts('Data from NHIS-Teen was used .')).toEqual([]);
    // Names with an inner capital keep it.
    expect(texts('DeShawn Hart scored twice , and McKenzie Ross passed .')).toEqual(['DeShawn Hart', 'McKenzie Ross']);
    expect(texts('Douglas MacArthur spoke .')).toEqual(['Douglas MacArthur']);
  });

  it('reads a lone word above a paragraph, or in a column of names, as a heading', () => {
    expect(texts('Quorvix\n\nQuorvix is a budgeting app that many families use every day .')).toEqual([]);
    expect(texts('Tools we tried:\nQuorvix\nBrelvana\nTaskmint\nPocketly\n\nAll of them are free to start with .')).toEqual([]);
    // A signature at a mail's end, or closed by a comma, is still a person.
    expect(texts('Bye for now.\nTeodric\n\nSent from my phone')).toEqual(['Teodric']);
    expect(texts('Meet me at noon .\nBrakko ,\nI will bring the maps and the tickets for us .')).toEqual(['Brakko']);
  });

  it('keeps a place of several words whole, and a saint or mountain written with or without a dot', () => {
    expect(texts('The rate is highest in (South Carolina) and lowest in Idaho .')).toEqual([]);
    expect(texts('In South Carolina Governor Henry McMaster spoke .')).toEqual(['Henry McMaster']);
    expect(texts('St Regis is a hotel brand , and Mt Hood is a peak .')).toEqual([]);
    expect(texts('We flew to St. Thomas last May .')).toEqual([]);
  });

  it('reads a word before a comma and a state as a town, but keeps a doctor and an apposition', () => {
    expect(texts('Plants in Clyde, OH and Marion , Ohio employ 3,000 .')).toEqual([]);
    expect(texts('Dana Whitfield , MD , wrote the guide .')).toEqual(['Dana Whitfield']);
    // A place that opens a possessive heads an apposition about the person ("Russia 's envoy").
    expect(texts("Talks began when Igor , Russia 's envoy , arrived .")).toEqual(['Igor']);
  });
});
