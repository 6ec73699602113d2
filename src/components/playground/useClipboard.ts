/**
 * Copies text, with an HTML flavour when given (rich paste into a ticket), and reports what happened:
 * the "copied" message, or, when the clipboard is out of reach (no permission, an iframe without
 * allow="clipboard-write"), the text itself for the reader to copy by hand.
 */
import { useState } from 'react';

type PolicyApi = { allowsFeature(feature: string): boolean };

/** Whether this document may write to the clipboard (Permissions Policy; frames need the host's allow). */
function clipboardAllowed(): boolean {
  // Chromium still names it featurePolicy; permissionsPolicy is the standard's name.
  const { permissionsPolicy, featurePolicy } = document as { permissionsPolicy?: PolicyApi; featurePolicy?: PolicyApi };
  const policy = permissionsPolicy ?? featurePolicy;
  return 'clipboard' in navigator && (policy?.allowsFeature('clipboard-write') ?? true);
}

async function write(text: string, html: string | undefined): Promise<boolean> {
  // In an iframe without allow="clipboard-write" the call would fail with a console error: skip it.
  if (!clipboardAllowed()) return false;
  try {
    if (html !== undefined && typeof ClipboardItem === 'function' && navigator.clipboard.write) {
      const blob = (type: string, content: string) => new Blob([content], { type });
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/plain': blob('text/plain', text), 'text/html': blob('text/html', html) }),
      ]);
    } else {
      await navigator.clipboard.writeText(text);
    }
    return true;
  } catch {
    return false;
  }
}

export function useClipboard(copiedMessage: string) {
  const [shown, setShown] = useState('');
  const copy = async (text: string, html?: string) => {
    setShown((await write(text, html)) ? copiedMessage : text);
  };
  return { shown, copy, clear: () => setShown('') };
}
