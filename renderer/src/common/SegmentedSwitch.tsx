export interface SegmentedOption<T extends string> {
  value: T;
  /** What the button shows (`FR`), hidden from screen readers, which hear `name` instead. */
  short: string;
  name: string;
  /** The language the option's own words are in, when it names a language in that language. */
  lang?: string | undefined;
  /** A shorter `short` (`FR`), shown instead where the header is narrow. */
  abbr?: string | undefined;
}

/**
 * A row of toggle buttons of which one is pressed, with a short visible label before it. The
 * `dataAttribute` names each button for scripts and tests (`data-reading-mode="both"`).
 */
export function SegmentedSwitch<T extends string>({
  label,
  shortLabel,
  options,
  value,
  onChange,
  dataAttribute,
}: {
  label: string;
  shortLabel: string;
  options: ReadonlyArray<SegmentedOption<T>>;
  value: T;
  onChange: (value: T) => void;
  dataAttribute: `data-${string}`;
}) {
  return (
    <div className="switch-group">
      <span className="switch-label" aria-hidden="true">
        {shortLabel}
      </span>
      <div className="segmented" role="group" aria-label={label}>
        {options.map((option) => (
          <button
            key={option.value}
            type="button"
            lang={option.lang}
            aria-pressed={value === option.value}
            onClick={() => onChange(option.value)}
            {...{ [dataAttribute]: option.value }}
          >
            <span aria-hidden="true">
              <span className="option-full">{option.short}</span>
              {option.abbr !== undefined && <span className="option-abbr">{option.abbr}</span>}
            </span>
            <span className="visually-hidden">{option.name}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
