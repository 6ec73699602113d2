/** Every machine's definition as JSON at a stable, versioned address: /spec/v1/<machine>.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { type MachineId, machineIds } from '~/machines/index.ts';
import { machineDocument } from '~/published/machineDocument.ts';

export const getStaticPaths = (() => machineIds.map((machine) => ({ params: { machine } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(`${JSON.stringify(machineDocument(params['machine'] as MachineId), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
