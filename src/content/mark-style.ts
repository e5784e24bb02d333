/** The marks' own styles, inside their shadow roots: the site's CSS cannot reach them, nor ours the site. */
export const MARK_CSS = `
:host { all: initial; }
.bar { display: inline-flex; align-items: center; gap: 4px; margin: 2px 0 2px 6px; vertical-align: middle;
  font: 500 11px/1 system-ui, -apple-system, "Segoe UI", sans-serif; color: #374151; }
.seen { display: inline-flex; align-items: center; gap: 3px; padding: 3px 6px; border-radius: 999px;
  background: #eef2ff; color: #3730a3; }
.seen::before { content: ""; width: 6px; height: 6px; border-radius: 50%; background: #6366f1; }
button { all: unset; cursor: pointer; display: inline-flex; align-items: center; gap: 3px; padding: 3px 7px;
  border-radius: 999px; border: 1px solid #d1d5db; background: #fff; color: #374151; }
button:hover { border-color: #9ca3af; }
button:focus-visible { outline: 2px solid #6366f1; outline-offset: 1px; }
button[aria-pressed="true"].save { background: #fef3c7; border-color: #f59e0b; color: #92400e; }
button[aria-pressed="true"].read { background: #dcfce7; border-color: #22c55e; color: #166534; }
@media (prefers-color-scheme: dark) {
  .bar { color: #d1d5db; }
  .seen { background: #312e81; color: #e0e7ff; }
  button { background: #1f2937; border-color: #4b5563; color: #e5e7eb; }
  button[aria-pressed="true"].save { background: #78350f; border-color: #f59e0b; color: #fef3c7; }
  button[aria-pressed="true"].read { background: #14532d; border-color: #22c55e; color: #dcfce7; }
}
`;
