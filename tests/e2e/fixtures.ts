/**
 * The `test` every end-to-end spec uses. Its automatic `guard` watches every page and frame of the
 * test's browser context for what must never happen, and fails the test if any did: console errors,
 * uncaught exceptions, dialogs (an injected alert()), CSP violations, HTTP errors, failed requests and
 * requests that leave the site's origin. No test has to remember to call it.
 */
import { test as base, expect } from '@playwright/test';

export { expect };

interface GuardOptions {
  /** Hosts a test may reach besides the site itself (a page it fulfils with `page.route`). */
  readonly allowedHosts: readonly string[];
}

const siteHosts = ['127.0.0.1', 'localhost'];

export const test = base.extend<GuardOptions & { guard: readonly string[] }>({
  allowedHosts: [[], { option: true }],
  guard: [
    async ({ context, allowedHosts }, use) => {
      const problems: string[] = [];
      // CSP violations are reported to the test as they happen, from every document of every frame.
      await context.exposeBinding('__reportCspViolation', (_source, violation: string) =>
        problems.push(`csp: ${violation}`),
      );
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) =>
          (window as unknown as { __reportCspViolation: (v: string) => void }).__reportCspViolation(
            `${event.violatedDirective} ${event.blockedURI}`,
          ),
        );
      });
      context.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      context.on('weberror', (error) => problems.push(`uncaught: ${error.error().message}`));
      context.on('dialog', (dialog) => {
        problems.push(`dialog: ${dialog.message()}`);
        void dialog.dismiss();
      });
      context.on('request', (request) => {
        const url = new URL(request.url());
        const local = ['data:', 'blob:'].includes(url.protocol);
        if (!local && ![...siteHosts, ...allowedHosts].includes(url.hostname)) {
          problems.push(`off-origin request: ${request.url()}`);
        }
      });
      context.on('requestfailed', (request) => {
        // A navigation cancels the previous page's pending requests: that is not a failure.
        if (request.failure()?.errorText !== 'net::ERR_ABORTED') {
          problems.push(`failed request: ${request.url()} ${request.failure()?.errorText ?? ''}`);
        }
      });
      context.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
      });
      await use(problems);
      expect(problems, 'console errors, CSP violations or stray requests during the test').toEqual([]);
    },
    { auto: true },
  ],
});
