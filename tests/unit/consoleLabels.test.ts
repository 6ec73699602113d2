/**
 * Labels readers see on screen, per language. Expectations come from the sources: the console exists in
 * English, French, German and Japanese only (facts-extended 8.1), so French pages show the French console
 * labels (8.8) and Spanish, Chinese and Korean pages show the English label with Adobe's local term beside
 * it (8.6, 8.7, 8.12, 8.14, 8.16); failure reasons follow Adobe's localized delivery-failures tables.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type CampaignLabels, campaignLabelsSchema } from '~/i18n/campaignLabels.ts';
import { labelsAsShown } from '~/i18n/consoleLabels.ts';
import { typesetFor } from '~/typography/locale.ts';

const root = join(import.meta.dirname, '../..');
const file = (name: string): CampaignLabels =>
  campaignLabelsSchema.parse(parse(readFileSync(join(root, 'content/campaign-labels', `${name}.yaml`), 'utf8')));
const shown = (name: string) => labelsAsShown(file(name), file('en'), (labels) => typesetFor(name, labels));

describe('statuses as the reader sees them', () => {
  it.each([
    ['en', 'Sent', 'Failed', 'Pending', 'Taken into account by the service provider'],
    ['fr', 'Envoyés', 'En échec', 'En attente', 'Pris en compte par le fournisseur de services'],
    [
      'es',
      'Sent (Enviado)',
      'Failed (Error)',
      'Pending (Pendiente)',
      'Taken into account by the service provider (El proveedor de servicios lo tiene en cuenta)',
    ],
    [
      'zh-cn',
      'Sent（已发送）',
      'Failed（失败）',
      'Pending（挂起）',
      'Taken into account by the service provider（服务提供商已考虑）',
    ],
    [
      'ko',
      'Sent(보냄)',
      'Failed(실패)',
      'Pending(보류 중)',
      'Taken into account by the service provider(서비스 공급자가 고려함)',
    ],
  ])('%s: %s, %s, %s, %s', (locale, sent, failed, pending, takenIntoAccount) => {
    expect(shown(locale).logStatus).toMatchObject({ sent, failed, pending, takenIntoAccount });
  });

  it('gives one term per status in each language (no two statuses share a label)', () => {
    for (const locale of ['en', 'fr', 'es', 'zh-cn', 'ko']) {
      const labels = Object.values(shown(locale).logStatus);
      expect(new Set(labels).size, locale).toBe(labels.length);
    }
  });

  it('lists Adobe’s other French, Spanish, Chinese and Korean wordings of “Taken into account” (C8)', () => {
    expect(file('fr').adobeVariants?.['logStatus']?.['takenIntoAccount']).toContain(
      'Pris en compte par le prestataire',
    );
    expect(file('es').adobeVariants?.['logStatus']?.['takenIntoAccount']).toContain(
      'Tenido en cuenta por el proveedor de servicios',
    );
    expect(file('zh-cn').adobeVariants?.['logStatus']?.['takenIntoAccount']).toContain('由服务提供商考虑');
    expect(file('ko').adobeVariants?.['logStatus']?.['takenIntoAccount']).toContain('서비스 제공자의 고려');
  });
});

describe('failure reasons follow Adobe’s localized tables', () => {
  it('French', () => {
    expect(shown('fr').failureReason).toMatchObject({
      unreachable: 'Inatteignable',
      notDefined: 'Non définie',
      accountDisabled: 'Compte désactivé',
      mailboxFull: 'Boîte pleine',
      refused: 'Refusés',
    });
    expect(shown('fr').failureType.ignored).toBe('Ignoré');
  });

  it('Spanish, beside the English label', () => {
    expect(shown('es').failureReason).toMatchObject({
      unreachable: 'Unreachable (Inaccesible)',
      accountDisabled: 'Account disabled (Cuenta deshabilitada)',
      invalidDomain: 'Invalid domain (Dominio inválido)',
      mailboxFull: 'Mailbox full (Buzón de correo lleno)',
      notDefined: 'Not defined (Sin definir)',
    });
  });

  it('Chinese and Korean, beside the English label', () => {
    expect(shown('zh-cn').failureReason.unreachable).toBe('Unreachable（不可到达）');
    expect(shown('ko').failureReason.unreachable).toBe('Unreachable(연결할 수 없음)');
  });
});

describe('the Success KPI', () => {
  it.each([
    ['fr', 'Succès'],
    ['es', 'Success (Correctos)'],
    ['zh-cn', 'Success（成功）'],
    ['ko', 'Success(성공)'],
  ])('%s: %s', (locale, kpi) => {
    expect(shown(locale).successKpi).toBe(kpi);
  });
});

describe('French labels are typeset', () => {
  it('has no plain space before a colon, semicolon, question or exclamation mark in any French label', () => {
    const strings = JSON.stringify(shown('fr'));
    expect(strings).not.toMatch(/ [:;?!]/);
  });
});
