/**
 * A name whose hyphenated words stay whole on a line, so "Questionnaire (PHQ-9)" never breaks as
 * "(PHQ-" and "9)". The text, and so the accessible name, is unchanged.
 */
export function KeepHyphenated({ text }: { text: string }) {
  const parts = text.split(/(\S+-\S+)/);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <span key={index} className="sb-keep">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}
