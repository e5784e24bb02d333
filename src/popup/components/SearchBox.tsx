export type SearchBoxProps = {
  inputRef: { current: HTMLInputElement | null };
  label: string;
  placeholder: string;
  value: string;
  onInput: (value: string) => void;
  onKeyDown?: (event: KeyboardEvent) => void;
};

/** The search box of the popup and the library page: focused on open, no spelling marks, no autofill. */
export default function SearchBox({ inputRef, label, placeholder, value, onInput, onKeyDown }: SearchBoxProps) {
  return (
    <div class="search">
      <svg class="search-icon" viewBox="0 0 20 20" aria-hidden="true">
        <path d="M8.5 3a5.5 5.5 0 0 1 4.38 8.82l3.65 3.65-1.06 1.06-3.65-3.65A5.5 5.5 0 1 1 8.5 3zm0 1.5a4 4 0 1 0 0 8 4 4 0 0 0 0-8z" />
      </svg>
      <input
        ref={inputRef}
        type="search"
        aria-label={label}
        placeholder={placeholder}
        value={value}
        autoFocus
        spellcheck={false}
        autocomplete="off"
        onInput={(event) => onInput(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
