/**
 * An event as taken, for the history and compare mode. Text that came with the event (an SMTP reply, a
 * rule name, from a link anyone can write) is quoted and isolated as data: it never takes the entry's
 * emphasis, and its direction cannot spill into the site's own words.
 */
import type { EventText, TextFormats } from '~/views/step.ts';

export function EventName({ text, formats }: { readonly text: EventText; readonly formats: TextFormats }) {
  return (
    <>
      {text.detail === undefined ? text.name : formats.withDetail(text.name, text.detail)}
      {text.quote !== undefined && (
        <>
          {' '}
          <q className="free-text" data-testid="free-text">
            <bdi>{text.quote}</bdi>
          </q>
        </>
      )}
    </>
  );
}
