/**
 * Answers the content script asks the background for (inference of unlisted accounts), with a memory.
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
    /**
     * A failed message's questions are forgotten, and asked again on the post's next change: a
     * dead background must not make every batch retry.
     */
    private readonly onError: (error: unknown) => void,
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

  clear(): void {
    this.answers.clear();
  }

  private flush(): void {
    this.flushQueued = false;
    const batch = [...this.waiting];
    if (!batch.length) return;
    this.askBackground(batch.map(([, question]) => question)).then(
      (answers) => {
        if (this.answers.size + batch.length > this.limit) this.answers.clear();
        batch.forEach(([key], i) => {
          this.waiting.delete(key);
          const answer = answers[i];
          if (answer !== undefined) this.answers.set(key, answer);
        });
        this.onAnswers();
      },
      (error) => {
        for (const [key] of batch) this.waiting.delete(key);
        this.onError(error);
      },
    );
  }
}
