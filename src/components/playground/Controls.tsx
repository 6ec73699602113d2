/** Controls the playground and compare islands share: Back / Forward / Reset, and the scenario picker. */
import { useState } from 'react';
import type { ScenarioPreset, UiStrings } from './types.ts';

type HistoryMove = { type: 'history.back' } | { type: 'history.forward' } | { type: 'history.reset' };

export function HistoryToolbar(props: {
  ui: UiStrings;
  cursor: number;
  length: number;
  onMove: (move: HistoryMove) => void;
}) {
  const { ui, cursor, length, onMove } = props;
  return (
    <div className="playground__toolbar">
      <button type="button" onClick={() => onMove({ type: 'history.back' })} disabled={cursor === 0}>
        ← {ui['playground.back']}
      </button>
      <button type="button" onClick={() => onMove({ type: 'history.forward' })} disabled={cursor >= length}>
        {ui['playground.forward']} →
      </button>
      <button type="button" onClick={() => onMove({ type: 'history.reset' })} disabled={length === 0}>
        {ui['playground.reset']}
      </button>
    </div>
  );
}

export function ScenarioPicker(props: {
  id: string;
  ui: UiStrings;
  scenarios: readonly ScenarioPreset[];
  onLoad: (scenario: ScenarioPreset) => void;
}) {
  const { id, ui, scenarios, onLoad } = props;
  const [scenarioId, setScenarioId] = useState(scenarios[0]?.id ?? '');
  if (scenarios.length === 0) return null;
  return (
    <div className="playground__row">
      <label htmlFor={`${id}-scenario`}>{ui['playground.scenarios']}</label>
      <select id={`${id}-scenario`} value={scenarioId} onChange={(e) => setScenarioId(e.target.value)}>
        {scenarios.map((scenario) => (
          <option key={scenario.id} value={scenario.id}>
            {scenario.title}
          </option>
        ))}
      </select>
      <button
        type="button"
        onClick={() => {
          const scenario = scenarios.find((s) => s.id === scenarioId);
          if (scenario) onLoad(scenario);
        }}
      >
        {ui['playground.loadScenario']}
      </button>
    </div>
  );
}
