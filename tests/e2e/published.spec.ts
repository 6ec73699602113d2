/** The machine definitions the site publishes for tools, at their versioned addresses. */
import { machineIds } from '../../src/machines/index.ts';
import { expect, test } from './fixtures.ts';

test('every machine of the registry is published as JSON at /spec/v1/<machine>.json', async ({ request }) => {
  for (const machine of machineIds) {
    const response = await request.get(`/spec/v1/${machine}.json`);
    expect(response.status(), machine).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/json/);
    expect(await response.json()).toMatchObject({ version: 1, machine, $id: `/spec/v1/${machine}.json` });
  }
});

test('the Email Feedback Service definition tells what the sources say and what replay accepts', async ({
  request,
}) => {
  const document = await (await request.get('/spec/v1/emailFeedbackService.json')).json();
  const states = document.states;
  // facts-extended 1.1–1.7: excluded at preparation (Ignored) and canceled by the cleanup, besides the relay.
  expect(Object.keys(states).sort()).toEqual([
    'awaitingDelivery',
    'canceled',
    'delivered',
    'excluded',
    'failed',
    'pending',
    'retrying',
  ]);
  expect(document.initial).toBe('pending');
  // A message waiting to be relayed is relayed, excluded, or canceled by the cleanup; no clock runs yet (5.3).
  expect(states.pending.on.map((transition: { event: string }) => transition.event).sort()).toEqual([
    'cleanup.canceled',
    'mta.accepted',
    'preparation.excluded',
  ]);
  // An excluded address carries one of the exclusion reasons only (facts-extended 1.2, 1.19).
  expect(document.events['preparation.excluded'].properties.reason.enum).toContain('quarantined');
  expect(document.events['preparation.excluded'].properties.reason.enum).not.toContain('mailboxFull');
  // Relayed: "Taken into account by the service provider", Success % not counted yet; delivered: "Sent".
  expect(states.awaitingDelivery.meta).toMatchObject({ logStatus: 'takenIntoAccount' });
  expect(states.delivered.meta).toMatchObject({ logStatus: 'sent' });
  expect(states.failed.type).toBe('final');
  expect(document.input.properties.validitySettingHours).toMatchObject({ type: 'number', default: 120 });
  expect(document.events['clock.advanced']).toMatchObject({ required: ['type', 'hours'], additionalProperties: false });
});
