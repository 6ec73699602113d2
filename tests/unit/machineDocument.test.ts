import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventCatalogue, machineIds, machines, payloadProblem, replay, type SpecEventType } from '~/machines/index.ts';
import { inputSchemas, machineDocument, payloadSchema, type StateDocument } from '~/published/machineDocument.ts';

// Values near every bound the checks have, plus things no check should take.
const anyValue = fc.oneof(
  fc.constantFrom(0, -0, 1, 1.5, 50, 51, 84, 720, 721, 8760, 8761, -1, Number.NaN, Number.POSITIVE_INFINITY),
  fc.double(),
  fc.integer({ min: -5, max: 60 }),
  fc.constantFrom('', 'hosted', 'hybrid', 'onPremise', 'cloud', 'mailboxFull', 'userUnknown', '<b>x</b>'),
  fc.string({ maxLength: 3 }),
  fc.constant('x'.repeat(513)),
  fc.constantFrom(null, undefined, true, [], {}),
);
const fieldName = fc.constantFrom('validitySettingHours', 'waves', 'hosting', 'reason', 'hours', 'reply', 'rule', 'x');
const anyRecord = fc.dictionary(fieldName, anyValue, { maxKeys: 2 });

describe('the published schemas agree with the checks replay applies', () => {
  it.each(machineIds)('the input schema of %s accepts exactly what the registry accepts', (id) => {
    fc.assert(
      fc.property(anyRecord, (input) => {
        expect(inputSchemas[id].safeParse(input).success).toBe(machines[id].checkInput(input) === null);
      }),
      { numRuns: 400 },
    );
  });

  it.each(Object.keys(eventCatalogue) as SpecEventType[])(
    'the payload schema of %s accepts exactly what the event catalogue accepts',
    (type) => {
      fc.assert(
        fc.property(anyRecord, (payload) => {
          const event = { ...payload, type };
          expect(payloadSchema(type).safeParse(event).success).toBe(payloadProblem(type, event) === null);
        }),
        { numRuns: 300 },
      );
    },
  );
});

describe('the Email Feedback Service document', () => {
  const document = machineDocument('emailFeedbackService');
  const states = document.states as Record<string, StateDocument>;
  const next = (state: string, event: string) => states[state]!.on.find((t) => t.event === event)?.target?.[0];

  it('tells the reporting story of the sources: relayed is "Taken into account", delivered is "Sent"', () => {
    expect(document.initial).toBe('pending');
    expect(states['pending']!.meta).toMatchObject({ logStatus: 'pending' });
    const relayed = next('pending', 'mta.accepted')!;
    expect(states[relayed]!.meta).toMatchObject({ logStatus: 'takenIntoAccount' });
    expect(states[next(relayed, 'mta.delivered')!]!.meta).toMatchObject({ logStatus: 'sent' });
    // A soft bounce keeps "Taken into account by the service provider".
    expect(states[next(relayed, 'feedback.softBounce')!]!.meta).toMatchObject({ logStatus: 'takenIntoAccount' });
  });

  it('lists for a pending message only the events replay accepts there', () => {
    const accepted = replay('emailFeedbackService', []).steps[0]!.accepts;
    expect(states['pending']!.on.map((transition) => transition.event).sort()).toEqual([...accepted].sort());
    // facts-extended 1.4, 1.2, 1.15: relayed, excluded at preparation, or canceled by the cleanup; no clock yet (5.3).
    expect([...accepted].sort()).toEqual(['cleanup.canceled', 'mta.accepted', 'preparation.excluded']);
  });

  it('publishes its input with the Campaign default validity of 5 days', () => {
    expect(document.input).toMatchObject({
      type: 'object',
      additionalProperties: false,
      properties: { validitySettingHours: { type: 'number', default: 120 } },
    });
    expect(Object.keys(document.events)).toContain('feedback.softBounce');
    expect(document.events['feedback.softBounce' as SpecEventType]).toMatchObject({
      properties: { reason: { enum: expect.arrayContaining(['mailboxFull', 'invalidDomain']) } },
      additionalProperties: false,
    });
  });
});
