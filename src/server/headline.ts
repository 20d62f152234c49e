// The main job's default: the headline comparison (A/RES/67/169 -> A/RES/68/160, zh), fetched on first use.
import { ResdiffError } from '../model/errors.js';
import type { Language } from '../model/resolution.js';
import type { ComparisonService } from './comparisons.js';

export interface HeadlinePair {
  old: string;
  new: string;
  language: Language;
}

/** 68/160 follows 67/169; the corpus cannot ship 67/169, so it is fetched from ODS. */
export const DEFAULT_HEADLINE: HeadlinePair = { old: 'A/RES/67/169', new: 'A/RES/68/160', language: 'zh' };

export type HeadlineState =
  | { state: 'ready'; url: string }
  | { state: 'fetching' }
  | { state: 'offline'; message: string }
  | { state: 'failed'; message: string };

/**
 * Tracks whether the headline pair can be shown, fetching what is missing once, in the background.
 * One per server: main.ts makes it, starts it, and hands it to createApp.
 */
export class Headline {
  private job: Promise<void> | null = null;
  private failure: string | null = null;

  constructor(
    readonly pair: HeadlinePair,
    private readonly service: ComparisonService,
  ) {}

  get url(): string {
    return `/compare?${new URLSearchParams({ old: this.pair.old, new: this.pair.new, lang: this.pair.language }).toString()}`;
  }

  /** Starts fetching the documents the machine does not have (no-op when offline or already done). */
  start(): Promise<void> {
    if (this.job) return this.job;
    if (this.local() || this.service.sources.offline) return Promise.resolve();
    this.job = (async () => {
      try {
        await this.service.document({ symbol: this.pair.old, language: this.pair.language });
        await this.service.document({ symbol: this.pair.new, language: this.pair.language });
      } catch (e) {
        this.failure = e instanceof ResdiffError ? e.message : `unexpected failure: ${(e as Error).message}`;
      }
    })();
    return this.job;
  }

  private local(): boolean {
    return this.service.isLocal({ symbol: this.pair.old, language: this.pair.language }) && this.service.isLocal({ symbol: this.pair.new, language: this.pair.language });
  }

  status(): HeadlineState {
    if (this.local()) return { state: 'ready', url: this.url };
    if (this.service.sources.offline) {
      return {
        state: 'offline',
        message: `resdiff is running offline, and ${this.pair.old} (${this.pair.language}) is not on this machine: the corpus cannot include it. Run 'resdiff fetch ${this.pair.old} --lang ${this.pair.language}' on a machine that is online, or compare the corpus texts and your own texts below.`,
      };
    }
    if (this.failure) return { state: 'failed', message: this.failure };
    void this.start();
    return { state: 'fetching' };
  }
}
