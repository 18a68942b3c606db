/** The hover card's own CSS, inside its shadow root: page styles cannot reach in, nor ours out. */
export const CARD_CSS = `
:host { all: initial; }
.wrap { position: fixed; z-index: 2147483646; max-width: min(22rem, calc(100vw - 16px)); font: 14px/1.5 system-ui, "Segoe UI", Tahoma, "Noto Naskh Arabic", sans-serif; }
.card { display: flex; gap: .6rem; padding: .6rem .75rem; border-radius: 8px; background: #ffffff; color: #1b1b1f;
  border: 1px solid #c9c9d1; box-shadow: 0 6px 24px rgba(0,0,0,.18); }
.swatch { flex: none; width: .7rem; height: .7rem; margin-top: .35rem; border-radius: 3px; }
.swatch-person { background: #ffd54f; } .swatch-claim { background: #80deea; } .swatch-term { background: #ce93d8; }
.card-body { display: flex; flex-direction: column; gap: .15rem; min-width: 0; }
.card-title { font-weight: 600; }
.card-sub, .card-meta { color: #4a4a55; }
.card-note { margin: .2rem 0 0; }
.card-chip { font-size: 12px; padding: 0 .35rem; border-radius: 4px; background: #ececf2; }
.card-open { align-self: flex-start; margin-top: .35rem; font: inherit; font-size: 13px; color: #3f2a96; background: none;
  border: 1px solid #b9b0e6; border-radius: 6px; padding: .1rem .5rem; cursor: pointer; }
.card-open:focus-visible { outline: 2px solid #3f2a96; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { background: #23232a; color: #f1f1f4; border-color: #44444f; }
  .card-sub, .card-meta { color: #c3c3cc; }
  .card-chip { background: #3a3a44; }
  .card-open { color: #cfc6ff; border-color: #5d54a0; }
  .card-open:focus-visible { outline-color: #cfc6ff; }
}
`;
