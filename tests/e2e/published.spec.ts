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
  expect(Object.keys(states).sort()).toEqual(['awaitingDelivery', 'delivered', 'failed', 'pending', 'retrying']);
  expect(document.initial).toBe('pending');
  // A message waiting to be relayed moves on only when the MTA accepts it; replay refuses anything else.
  expect(states.pending.on).toEqual([{ event: 'mta.accepted', target: ['awaitingDelivery'] }]);
  // Relayed: "Taken into account by the service provider", Success % not counted yet; delivered: "Sent".
  expect(states.awaitingDelivery.meta).toMatchObject({ logStatus: 'takenIntoAccount' });
  expect(states.delivered.meta).toMatchObject({ logStatus: 'sent' });
  expect(states.failed.type).toBe('final');
  expect(document.input.properties.validitySettingHours).toMatchObject({ type: 'number', default: 120 });
  expect(document.events['clock.advanced']).toMatchObject({ required: ['type', 'hours'], additionalProperties: false });
});
