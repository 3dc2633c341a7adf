import { expect, type Locator, type Page } from '@playwright/test';
import { SIMULATED_TIME } from '../patience';

/** The open lesson's card above the inspector, and the list of lessons. */
export class LessonPage {
  readonly card: Locator;

  constructor(readonly page: Page) {
    this.card = page.getByRole('region', { name: /./ }).filter({ has: page.locator('#lesson-title') });
  }

  /** Opens Franz at a lesson's own link and waits for its card. */
  async openLink(id: string, title: string): Promise<void> {
    await this.page.goto(`/#lesson=${id}`);
    await expect(this.page.getByRole('heading', { name: title, level: 2 })).toBeVisible();
  }

  /** Opens the list from the top bar and starts a lesson there, as a person would. */
  async startFromList(id: string, title: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Lessons', exact: true }).click();
    await this.page.getByRole('button', { name: `Start ${id} ${title}` }).click();
    await expect(this.page.getByRole('heading', { name: title, level: 2 })).toBeVisible();
  }

  /** The current step's status line: "Checking… …" until its check holds. */
  status(): Locator {
    return this.card.getByRole('status').first();
  }

  /** Waits for the app to say the current step's check holds (simulated time may need to pass first). */
  async waitForCheck(): Promise<void> {
    await expect(this.card.getByText('✓ The check holds.')).toBeVisible(SIMULATED_TIME);
  }

  /** Reads why, then goes on to the next step (or finishes on the last). */
  async next(): Promise<void> {
    await this.card.getByRole('button', { name: /^(Next step|Finish)$/ }).click();
  }

  /** Waits for the check, then goes on. */
  async passStep(): Promise<void> {
    await this.waitForCheck();
    await this.next();
  }

  /** After the last step: the lesson says it is finished, and the quiz answers. */
  async answerQuiz(option: string): Promise<void> {
    await expect(this.card.getByText('Lesson finished.')).toBeVisible();
    await this.card.getByRole('radio', { name: option }).check();
  }

  async leave(): Promise<void> {
    await this.card.getByRole('button', { name: 'Leave lesson' }).click();
  }
}
