import type { Locator, Page } from 'playwright-core';

/** Picks `option` (its whole name) from the app's select menu `#selectId`. */
export async function chooseOption(page: Page, selectId: string, option: string): Promise<void> {
  await page.locator(`#${selectId}`).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Follows the link `name` and waits for the page it opens: its main heading, `heading` (the link's own name unless given). */
export async function followLink(page: Page, name: string, heading: string = name): Promise<void> {
  await page.getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/** The form's error summary, once a form is sent with mistakes: "There is a problem", a link to each field. */
export function errorSummary(page: Page): Locator {
  return page.getByRole('alert').filter({ hasText: 'There is a problem' });
}

/**
 * On a journey's Plan tab: her goal in her words, under `category`, added with one click on Add goal
 * (or a hurried double click, `press: 'dblclick'`); gives the goal's card once it shows.
 */
export async function addGoal(page: Page, words: string, category: string, press: 'click' | 'dblclick' = 'click'): Promise<Locator> {
  await page.getByLabel('Her goal, in her words').fill(words);
  await chooseOption(page, 'goal-category', category);
  const add = page.getByRole('button', { name: 'Add goal' });
  await (press === 'dblclick' ? add.dblclick() : add.click());
  const goal = page.getByRole('article').filter({ hasText: words });
  await goal.waitFor();
  return goal;
}
