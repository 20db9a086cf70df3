/**
 * Browser tests of the separation wizard and the retention play (issue 13) against the workbench: a rep and a manager
 * run a graceful separation in French to its end, a strategic account waits for a manager's override, a D1 account's
 * retention play asks approval for a concession above the cap. Each step is saved as a screenshot.
 */
import type { Page } from 'playwright-core';
import type { BrowserTest } from './browserTests';
import { AssertionFailed } from './browserTests';

/** A value-destroying French retailer (D4, separate) whose best partner serves retail in France. */
export const VALUE_DESTROYING_ACCOUNT = 'AccountRef29';
/** A strategic D1 account: the guardrail blocks its separation. */
export const STRATEGIC_ACCOUNT = 'AccountRef2';
/** A D1 account for the sales-director visit play. */
export const TOP_TIER_ACCOUNT = 'AccountRef6';

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new AssertionFailed(message);
}

async function openRecord(page: Page, url: string, accountId: string, query: string): Promise<void> {
  await page.goto(`${url}/lightning/r/Account/${accountId}/view${query}`);
  await page.waitForSelector('body[data-workbench-ready]');
  await page.locator('c-customer-value-panel [data-id="open-separation"]').waitFor();
}

const wizard = (page: Page) => page.locator('c-separation-wizard');
const play = (page: Page) => page.locator('c-retention-play');

async function openWizard(page: Page): Promise<void> {
  await page.locator('c-customer-value-panel [data-id="open-separation"] button').click();
  await wizard(page).locator('[data-id="next"] button').waitFor();
}

async function step(page: Page): Promise<string> {
  return (await wizard(page).locator('[data-step]').getAttribute('data-step')) ?? '';
}

/** Clicks Next and waits until the wizard shows `expected`, or fails with what it says instead. */
async function next(page: Page, expected: string): Promise<void> {
  await wizard(page).locator('[data-id="next"] button').click();
  await waitForStep(page, expected);
}

async function waitForStep(page: Page, expected: string): Promise<void> {
  for (let waited = 0; waited < 10_000; waited += 100) {
    if ((await step(page)) === expected) return;
    await page.waitForTimeout(100);
  }
  const said = await wizard(page)
    .locator('[data-id="problem"], [data-id="save-error"]')
    .allInnerTexts()
    .catch(() => []);
  throw new AssertionFailed(`expected the ${expected} step, the wizard shows ${await step(page)}: ${said.join(' ')}`);
}

/** The status line of the last save (the card's live region), and that no toast piles up over the page. */
async function savedStatus(page: Page, scope: ReturnType<typeof wizard>): Promise<string> {
  const messages = await scope.locator('[data-id="status"] [data-id="status-message"]').allInnerTexts();
  check(messages.length === 1, `one status line at a time: ${messages.join(' | ')}`);
  check((await page.locator('[data-id="toast"]').count()) === 0, 'no toast over the header');
  check(
    (await scope.locator('[data-id="status"]').getAttribute('aria-live')) === 'polite',
    'the status is announced to screen readers'
  );
  return messages[0];
}

async function fill(page: Page, field: string, value: string): Promise<void> {
  const host = wizard(page).locator(`[data-field="${field}"]`);
  await host.locator('textarea, input').first().fill(value);
  await host.locator('textarea, input').first().blur();
}

/** Picks a radio option as a user does: by clicking its label. */
async function choose(page: Page, scope: ReturnType<typeof wizard>, value: string): Promise<void> {
  const id = await scope.locator(`input[value="${value}"]`).getAttribute('id');
  await scope.locator(`label[for="${id ?? ''}"]`).click();
}

async function callApex(
  page: Page,
  controller: string,
  method: string,
  params: Record<string, unknown>
): Promise<{ status: number; body: Record<string, unknown> }> {
  return page.evaluate(
    async ({ controller, method, params }) => {
      const response = await fetch(`/api/apex/${controller}/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(params)
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    { controller, method, params }
  );
}

interface PlanBody {
  status: string;
  planId: string;
  version: string;
  path: string;
  partnerId: string;
  customerConsent: boolean;
  partners: { partnerId: string; name: string }[];
  notice: { months: number; effectiveEndDate: string };
  letter: { body: string; language: string };
  events: { action: string; comment: string }[];
}

/** An ISO date as the French letter writes it ("25 novembre 2027"). */
function frenchLongDate(isoDate: string): string {
  return new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`)
  );
}

export const SEPARATION_BROWSER_TESTS: BrowserTest[] = [
  {
    name: 'separation and retention: a value-destroying account is separated in French, from assessment to a referral to the top-ranked partner',
    async run({ page, url, shoot }) {
      await openRecord(page, url, VALUE_DESTROYING_ACCOUNT, '?lang=fr&user=sales');
      // The recommended action (separate) opens the wizard.
      await page.locator('c-value-summary-card lightning-button button').click();
      await wizard(page).locator('[data-id="assess-intro"]').waitFor();
      await shoot('1-assess');
      check((await wizard(page).locator('[data-id="guardrail"]').count()) === 0, 'no guardrail for a value destroyer');
      await next(page, 'path');

      await choose(page, wizard(page), 'referral');
      await wizard(page).locator('[data-id="partners"]').waitFor();
      await fill(
        page,
        'pathRationale',
        'Une hausse de prix ou un service réduit ne couvriraient pas le coût de service.'
      );
      await fill(page, 'reason', 'vos commandes, petites et fréquentes, nous coûtent plus qu’elles ne rapportent');
      await fill(page, 'alternativeOffer', 'une mise en relation avec un spécialiste de proximité');
      await shoot('2-path');
      await next(page, 'notice');

      check(
        (await savedStatus(page, wizard(page))) === 'Voie enregistrée : le préavis est calculé.',
        'the saved path is said in French under the path'
      );
      const summary = await wizard(page).locator('[data-id="notice-summary"]').innerText();
      const rule = await wizard(page).locator('[data-id="notice-rule"]').innerText();
      await shoot('3-notice');
      const planned = (
        await callApex(page, 'SeparationController', 'getSeparationPlan', {
          recordId: VALUE_DESTROYING_ACCOUNT
        })
      ).body as unknown as PlanBody;
      check(
        summary.includes(`${planned.notice.months} mois`),
        `the notice says ${planned.notice.months} months: ${summary}`
      );
      check(
        rule.includes('France Default (Code de commerce, art. L442-1 II)') && !rule.includes('France_Default'),
        `the rule names the policy by its label and legal reference, not its DeveloperName: ${rule}`
      );
      check(planned.partnerId === planned.partners[0].partnerId, 'the top-ranked partner is chosen');

      await next(page, 'letter');
      const endDate = frenchLongDate(planned.notice.effectiveEndDate);
      let body = await wizard(page).locator('[data-id="letter-body"]').innerText();
      check(body.includes(`${planned.notice.months} mois`), `the letter gives the computed notice: ${body}`);
      check(body.includes(endDate), `the letter gives the end date ${endDate}: ${body}`);
      check(body.includes(planned.partners[0].name), `the letter names ${planned.partners[0].name}`);
      check(
        (await wizard(page).locator('[data-id="missing"]').innerText()).includes('contactName'),
        'the missing contact name is said'
      );
      await shoot('4-letter-generated');
      // Editable until approval: the rep names the contact.
      await wizard(page).locator('[data-id="edit-letter"] button').click();
      const editor = wizard(page).locator('[data-field="letterBody"] textarea');
      await editor.fill((await editor.inputValue()).replace('[contactName]', 'Dupont'));
      await editor.blur();
      await wizard(page).locator('[data-id="save-letter"] button').click();
      await wizard(page).locator('[data-id="letter-body"]').waitFor();
      body = await wizard(page).locator('[data-id="letter-body"]').innerText();
      check(body.includes('Madame, Monsieur Dupont'), `the edited letter is kept: ${body.slice(0, 80)}`);
      await shoot('4-letter-edited');
      await next(page, 'approval');
      await wizard(page).locator('[data-id="awaiting"]').waitFor();
      check((await wizard(page).locator('[data-id="approval-form"]').count()) === 0, 'a sales rep cannot approve');
      await shoot('5-approval-pending');

      await openRecord(page, url, VALUE_DESTROYING_ACCOUNT, '?lang=fr&user=manager');
      await openWizard(page);
      await waitForStep(page, 'approval');
      const toApprove = await wizard(page).locator('[data-id="approval-summary"]').innerText();
      check(
        toApprove.includes(planned.partners[0].name) && toApprove.includes(`${planned.notice.months} mois`),
        `the manager sees what is approved: ${toApprove}`
      );
      await wizard(page)
        .locator('[data-id="approval-form"] textarea')
        .fill('D’accord : préavis et partenaire adaptés.');
      await shoot('5-approval-manager');
      await wizard(page).locator('[data-id="approve"] button').click();
      await waitForStep(page, 'execute');
      await wizard(page).locator('[data-id="send-notice"]').waitFor();

      await openRecord(page, url, VALUE_DESTROYING_ACCOUNT, '?lang=fr&user=sales');
      await openWizard(page);
      await waitForStep(page, 'execute');
      const partners = await wizard(page).locator('[data-id="execute-partners"] li').allInnerTexts();
      check(
        partners.length >= 1 && partners[0].includes(planned.partners[0].name),
        `ranked partners: ${partners.join(' | ')}`
      );
      check(/secteur|région|taille/.test(partners[0]), `the top partner's rank has its reasons: ${partners[0]}`);
      const consent = await wizard(page).locator('[data-field="customerConsent"] input').getAttribute('id');
      await wizard(page)
        .locator(`label[for="${consent ?? ''}"]`)
        .click();
      await shoot('6-execute');
      await wizard(page).locator('[data-id="send-notice"] button').click();
      await wizard(page).locator('[data-id="referral-recorded"]').waitFor();
      await wizard(page).locator('[data-id="make-effective"] button').click();
      await waitForStep(page, 'close');
      await shoot('6-execute-done');

      await choose(page, wizard(page), 'referred');
      await wizard(page).locator('[data-id="close-plan"] button').click();
      await wizard(page).locator('[data-id="closed"]').waitFor();
      check((await savedStatus(page, wizard(page))) === 'Plan clôturé.', 'the last save replaces the earlier ones');
      await shoot('7-closed');

      const closed = (
        await callApex(page, 'SeparationController', 'getSeparationPlan', {
          recordId: planned.planId
        })
      ).body as unknown as PlanBody;
      check(closed.status === 'closed', `the plan is closed: ${closed.status}`);
      check(
        closed.path === 'referral' && closed.partnerId === planned.partners[0].partnerId,
        'referred to the top-ranked partner'
      );
      check(closed.customerConsent, 'with the customer’s consent');
      check(
        closed.letter.language === 'fr' && closed.letter.body.includes(endDate),
        'the sent letter is the French one'
      );
      check(
        closed.events.map((event) => event.action).join(',') ===
          'assess,choose_path,submit_for_approval,approve,send_notice,make_effective,close',
        `every transition is in the audit trail: ${closed.events.map((event) => event.action).join(',')}`
      );
    }
  },
  {
    name: 'separation and retention: a strategic account is blocked until a manager overrides the guardrail with a reason; a stale save is refused',
    async run({ page, url, shoot }) {
      await openRecord(page, url, STRATEGIC_ACCOUNT, '?lang=en&user=sales');
      await openWizard(page);
      await next(page, 'path');
      await choose(page, wizard(page), 'price_increase');
      await fill(page, 'reason', 'serving your account costs us more than it brings');
      await wizard(page).locator('[data-id="next"] button').click();
      const refusal = wizard(page).locator('[data-id="save-error"]');
      await refusal.waitFor();
      const message = await refusal.innerText();
      check(/guardrail|manager/i.test(message), `the engine's refusal is said: ${message}`);
      check((await step(page)) === 'path', 'the rep stays on the path step');
      await shoot('rep-refused');
      await wizard(page).locator('[data-id="previous"] button').click();
      await wizard(page).locator('[data-id="guardrail"]').waitFor();
      check(
        (await wizard(page).locator('[data-id="guardrail"]').innerText()).includes('Strategic'),
        'the banner names the reason'
      );
      check((await wizard(page).locator('[data-id="override-form"]').count()) === 0, 'no override form for a rep');
      await shoot('rep-blocked');

      await openRecord(page, url, STRATEGIC_ACCOUNT, '?lang=en&user=manager');
      await openWizard(page);
      await waitForStep(page, 'assess');
      await wizard(page).locator('[data-id="override-form"]').waitFor();
      await wizard(page).locator('[data-id="override"] button').click();
      await wizard(page).locator('[data-id="problem"]').waitFor();
      await shoot('manager-reason-required');
      await wizard(page)
        .locator('[data-id="override-form"] textarea')
        .fill('Loss-making since the 2026 contract; the board agreed to reprice.');
      await wizard(page).locator('[data-id="override"] button').click();
      await wizard(page).locator('[data-id="overridden"]').waitFor();
      check(
        (await savedStatus(page, wizard(page))) === 'Guardrail overridden: the plan can go on.',
        'the override is confirmed by what it did, not by an unchanged status'
      );
      await shoot('manager-overridden');
      await next(page, 'path');
      await choose(page, wizard(page), 'price_increase');
      await fill(page, 'reason', 'serving your account costs us more than it brings');
      await fill(page, 'priceIncrease', '12');
      await next(page, 'notice');
      const rupture = await wizard(page).locator('[data-id="notice-rupture"]').innerText();
      check(/reaches the partial.rupture threshold/.test(rupture), `a 12 % increase is a partial rupture: ${rupture}`);
      await shoot('manager-notice');

      const plan = (await callApex(page, 'SeparationController', 'getSeparationPlan', { recordId: STRATEGIC_ACCOUNT }))
        .body as unknown as PlanBody;
      const override = plan.events.find((event) => event.action === 'override_guardrail');
      check(override?.comment.startsWith('Loss-making') === true, 'the override and its reason are audited');
      const stale = await callApex(page, 'SeparationController', 'updateSeparationPlan', {
        input: {
          accountId: STRATEGIC_ACCOUNT,
          planId: plan.planId,
          version: String(Number(plan.version) - 1),
          action: 'save'
        }
      });
      check(stale.status === 409, `a save on an older version is refused (status ${stale.status})`);
      check(String(stale.body.message).includes('Someone else saved'), `with a message: ${String(stale.body.message)}`);
    }
  },
  {
    name: 'separation and retention: a retention play on a D1 account creates its tasks and asks a manager to approve a concession above the cap',
    async run({ page, url, shoot }) {
      await openRecord(page, url, TOP_TIER_ACCOUNT, '?lang=en&user=sales');
      // The recommended action (protect) starts the play.
      await page.locator('c-value-summary-card lightning-button button').click();
      await play(page).locator('[data-id="play-intro"]').waitFor();
      const intro = await play(page).locator('[data-id="play-intro"]').innerText();
      check(intro.includes('D1') && /sales director/i.test(intro), `the D1 play is the director's visit: ${intro}`);
      const tasks = await play(page).locator('[data-id="play-tasks"] li').allInnerTexts();
      check(tasks.length === 3, `three tasks: ${tasks.join(' | ')}`);
      check(
        (await play(page).locator('[data-id="win-back"]').innerText()).includes('worth the effort'),
        'win-back is worth it'
      );
      const proposed = (
        await callApex(page, 'RetentionPlayController', 'getRetentionPlay', { accountId: TOP_TIER_ACCOUNT })
      ).body as { concessionCap: number };
      await play(page)
        .locator('[data-id="concession"] input')
        .fill(String(Math.ceil(proposed.concessionCap) + 1000));
      await play(page).locator('[data-id="concession"] input').blur();
      await play(page).locator('[data-id="above-cap"]').waitFor();
      await shoot('play-proposed');
      await play(page).locator('[data-id="start"] button').click();
      await play(page).locator('[data-id="awaiting"]').waitFor();
      check(
        (await savedStatus(page, play(page))).startsWith('Play started: Visit by the sales director'),
        'the started play is said'
      );
      check((await play(page).locator('[data-id="concession-decision"]').count()) === 0, 'a rep cannot approve');
      await shoot('play-awaiting-approval');

      await openRecord(page, url, TOP_TIER_ACCOUNT, '?lang=fr&user=manager');
      await page.locator('c-customer-value-panel [data-id="open-play"] button').click();
      await play(page).locator('[data-id="concession-decision"]').waitFor();
      await shoot('play-manager-fr');
      const opened = (
        await callApex(page, 'RetentionPlayController', 'getRetentionPlay', { accountId: TOP_TIER_ACCOUNT })
      ).body as { playRunId: string; version: string };
      await play(page).locator('[data-id="approve"] button').click();
      await play(page).locator('[data-id="concession-result"]').waitFor();
      check((await savedStatus(page, play(page))) === 'Geste commercial approuvé.', 'the approval is said in French');
      // A second manager who opened the play before the approval decides on the older version: refused, never applied.
      const stale = await callApex(page, 'RetentionPlayController', 'updateRetentionPlay', {
        input: {
          accountId: TOP_TIER_ACCOUNT,
          playRunId: opened.playRunId,
          version: opened.version,
          action: 'reject_concession'
        }
      });
      check(stale.status === 409, `a decision on an older version is refused (status ${stale.status})`);
      check(
        String(stale.body.message).includes(opened.playRunId),
        `the refusal names the play: ${String(stale.body.message)}`
      );
      await choose(page, play(page), 'retained');
      await play(page).locator('[data-id="record-outcome"] button').click();
      await play(page).locator('[data-id="completed"]').waitFor();
      await shoot('play-completed-fr');
      const done = (
        await callApex(page, 'RetentionPlayController', 'getRetentionPlay', { accountId: TOP_TIER_ACCOUNT })
      ).body as { status: string };
      check(done.status === 'proposed', 'once completed, the account can start a new play');
    }
  }
];
