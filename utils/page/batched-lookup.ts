/**
 * Answers the content script asks the background for (inference, tone), with a memory.
 * Questions asked during one task go in one message at its end; answers are kept for the page's
 * life (bounded), since a timeline repeats authors and X redraws a post that scrolls back.
 * Until an answer arrives `get` returns undefined and the caller treats the post as pending;
 * `onAnswers` tells it to try again.
 */
export class BatchedLookup<Question, Answer> {
  private answers = new Map<string, Answer>();
  private waiting = new Map<string, Question>();
  private flushQueued = false;

  constructor(
    private readonly askBackground: (questions: Question[]) => Promise<Answer[]>,
    private readonly onAnswers: () => void,
    private readonly onError: (error: unknown) => void,
    /**
     * What a failed message answers, if anything. Without it the questions are forgotten and
     * asked again on the post's next change: a dead background must not make every batch retry.
     */
    private readonly onFailure?: (question: Question) => Answer,
    private readonly limit = 20_000,
  ) {}

  /** The answer, or undefined while the background is asked (with the task's other questions). */
  get(key: string, question: Question): Answer | undefined {
    const answer = this.answers.get(key);
    if (answer !== undefined) return answer;
    if (!this.waiting.has(key)) {
      this.waiting.set(key, question);
      if (!this.flushQueued) {
        this.flushQueued = true;
        queueMicrotask(() => this.flush());
      }
    }
    return undefined;
  }

  /** An answer, asked now if need be (for one-off uses outside the scanner). */
  async fetch(key: string, question: Question): Promise<Answer> {
    const [answer] = this.answers.has(key) ? [this.answers.get(key)!] : await this.askBackground([question]);
    if (answer === undefined) throw new Error('the background gave no answer');
    return answer;
  }

  clear(): void {
    this.answers.clear();
  }

  private flush(): void {
    this.flushQueued = false;
    const batch = [...this.waiting];
    if (!batch.length) return;
    const settle = (answerOf: (index: number) => Answer | undefined) => {
      if (this.answers.size + batch.length > this.limit) this.answers.clear();
      batch.forEach(([key], i) => {
        this.waiting.delete(key);
        const answer = answerOf(i);
        if (answer !== undefined) this.answers.set(key, answer);
      });
      this.onAnswers();
    };
    this.askBackground(batch.map(([, question]) => question)).then(
      (answers) => settle((i) => answers[i]),
      (error) => {
        this.onError(error);
        const fallback = this.onFailure;
        if (fallback) settle((i) => fallback(batch[i]![1]));
        else for (const [key] of batch) this.waiting.delete(key);
      },
    );
  }
}
