import { expect, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { correctAnswer, type Question } from '../../src/core/quiz';
import { QUESTION_BANK } from '../../src/content/questions';

const BANK = new Map(QUESTION_BANK.map((q) => [q.id, q]));

export function questionOf(id: string): Question {
  const q = BANK.get(id);
  if (!q) throw new Error(`question ${id} is not in the bank`);
  return q;
}

export interface AnswerWays {
  /** Order questions by keyboard (focus the move button, press Enter) instead of clicks. */
  keyboardOrder?: boolean;
  /** Spot questions with the arrow-key cursor and Enter instead of a tap. */
  keyboardSpot?: boolean;
}

/** The question currently shown in `scope`, answered with the bank's key. */
export async function answerRight(page: Page, scope: Locator, ways: AnswerWays = {}): Promise<Question> {
  const qEl = scope.getByTestId('question');
  const q = questionOf((await qEl.getAttribute('data-question-id')) ?? '');
  const opt = (v: string | number) => qEl.locator(`input[data-index="${v}"]`);
  switch (q.type) {
    case 'single':
      await opt(q.answer).check();
      break;
    case 'multiple':
      for (const i of q.answer) await opt(i).check();
      break;
    case 'trueFalse':
      await opt(String(q.answer)).check();
      break;
    case 'order':
      await sortSteps(page, qEl, q.steps.length, ways.keyboardOrder ?? false);
      break;
    case 'spot': {
      const a = correctAnswer(q);
      if (a.type !== 'spot') throw new Error('spot');
      if (ways.keyboardSpot) await spotByKeyboard(page, qEl, a.point);
      else await spotByTap(qEl, a.point);
      break;
    }
  }
  return q;
}

/** A deliberately wrong answer (single/true-false/multiple/spot/order). */
export async function answerWrong(page: Page, scope: Locator): Promise<Question> {
  const qEl = scope.getByTestId('question');
  const q = questionOf((await qEl.getAttribute('data-question-id')) ?? '');
  const opt = (v: string | number) => qEl.locator(`input[data-index="${v}"]`);
  switch (q.type) {
    case 'single':
      await opt(q.answer === 0 ? 1 : 0).check();
      break;
    case 'multiple': {
      const wrong = q.options.findIndex((_, i) => !q.answer.includes(i));
      await opt(wrong).check();
      break;
    }
    case 'trueFalse':
      await opt(String(!q.answer)).check();
      break;
    case 'order':
      // The initial arrangement is never the right one; checking it as it stands is wrong.
      break;
    case 'spot':
      await spotByTap(qEl, { x: 0.02, y: 0.02 });
      break;
  }
  return q;
}

async function stepOrder(qEl: Locator): Promise<number[]> {
  return qEl.getByTestId('q-steps').locator('li').evaluateAll((lis) => lis.map((li) => Number(li.getAttribute('data-step'))));
}

async function sortSteps(page: Page, qEl: Locator, n: number, keyboard: boolean): Promise<void> {
  for (let target = 0; target < n; target++) {
    const order = await stepOrder(qEl);
    let pos = order.indexOf(target);
    if (pos === target) continue;
    const up = qEl.locator(`li[data-step="${target}"]`).getByTestId('q-step-up');
    if (keyboard) await up.focus();
    while (pos > target) {
      if (keyboard) {
        await page.keyboard.press('Enter');
        // Focus stays on the moved step's button after the list re-renders (its other button
        // once it reaches the top and "up" is disabled).
        const step = qEl.locator(`li[data-step="${target}"]`);
        await expect(pos - 1 === 0 ? step.getByTestId('q-step-down') : up).toBeFocused();
      } else await up.click();
      pos -= 1;
      await expect.poll(async () => (await stepOrder(qEl)).indexOf(target)).toBe(pos);
    }
  }
  expect(await stepOrder(qEl)).toEqual(Array.from({ length: n }, (_, i) => i));
}

async function spotByTap(qEl: Locator, p: { x: number; y: number }): Promise<void> {
  const svg = qEl.locator('svg.picture');
  const box = await svg.boundingBox();
  if (!box) throw new Error('no picture');
  await svg.click({ position: { x: p.x * box.width, y: p.y * box.height } });
  await expect(qEl.getByTestId('spot-mark')).toHaveCount(1);
}

async function spotByKeyboard(page: Page, qEl: Locator, p: { x: number; y: number }): Promise<void> {
  const area = qEl.getByTestId('q-spot');
  await area.focus();
  // The cursor starts at the centre; steps are 0.02 (Shift: 0.1).
  const moves = (from: number, to: number, less: string, more: string) => {
    const keys: string[] = [];
    let d = Math.round((to - from) * 50);
    while (Math.abs(d) >= 5) {
      keys.push(`Shift+${d > 0 ? more : less}`);
      d -= 5 * Math.sign(d);
    }
    while (d !== 0) {
      keys.push(d > 0 ? more : less);
      d -= Math.sign(d);
    }
    return keys;
  };
  for (const k of [...moves(0.5, p.x, 'ArrowLeft', 'ArrowRight'), ...moves(0.5, p.y, 'ArrowUp', 'ArrowDown')]) await page.keyboard.press(k);
  await page.keyboard.press('Enter');
  await expect(qEl.getByTestId('spot-mark')).toHaveCount(1);
}

/** Controls in `main` smaller than 44 × 44 CSS px (text links inside sentences and tables excepted). */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.locator('main').evaluate((main) =>
    [...main.querySelectorAll<HTMLElement>('button, a.button, .crumbs a, .q-option, .q-spot, .lesson-link, input[type="text"], textarea')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.height < 44 || r.width < 44)
      .map(({ el, r }) => `${el.tagName}.${el.className} ${Math.round(r.width)}×${Math.round(r.height)}`),
  );
}

/**
 * Answers every question of the running exam with the key, moving on with "Next". `root` is where
 * the app is: the page itself, or a frame (an LMS launches the app inside one).
 */
export async function answerWholeExam(page: Page, onFirst?: () => Promise<void>, root: Page | FrameLocator = page): Promise<number> {
  const total = await root.getByTestId('exam-nav').count();
  let usedKeyboardOrder = false;
  let usedKeyboardSpot = false;
  for (let i = 0; i < total; i++) {
    const card = root.getByTestId('exam-question');
    await expect(card).toHaveAttribute('data-index', String(i));
    const type = await card.getByTestId('question').getAttribute('data-type');
    const ways: AnswerWays = {};
    if (type === 'order' && !usedKeyboardOrder) ways.keyboardOrder = usedKeyboardOrder = true;
    if (type === 'spot' && !usedKeyboardSpot) ways.keyboardSpot = usedKeyboardSpot = true;
    await answerRight(page, card, ways);
    await expect(root.getByTestId('exam-nav').nth(i)).toHaveAttribute('data-answered', 'true');
    if (i === 0 && onFirst) await onFirst();
    if (i < total - 1) await root.getByTestId('exam-next').click();
  }
  return total;
}
