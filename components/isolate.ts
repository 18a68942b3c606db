/**
 * A name or title put into a UI sentence of the other direction ("Fetch summary: كرملين موسكو"),
 * wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE: the string form of <bdi>, for text
 * that goes through a message template and so cannot hold an element.
 */
export const isolate = (text: string): string => `\u2068${text}\u2069`;
