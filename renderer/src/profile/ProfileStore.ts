/**
 * Who is writing and with which stances: the profile (`profile.get`/`profile.set`), the stance
 * list (`stances.save`/`stances.remove`), and the profile prompt — asked once on first run, again
 * when the reader tries to mark before saying who they are, and as the top bar's popover.
 */
import type { Profile, Result, Role, Stance, ShenyiApi } from '../api/contract';
import { SnapshotStore } from '../app/SnapshotStore';
import type { MessageKey } from '../i18n/messages';

export interface ProfilePrompt {
  /** First run (or a profile needed): a strip above the report; otherwise the top bar's popover. */
  firstRun: boolean;
  /** Why it opened on its own, if it did. */
  reason: MessageKey | null;
}

export interface ProfileState {
  profile: Profile | null;
  stances: Stance[];
  prompt: ProfilePrompt | null;
}

export interface StanceInput {
  id?: string;
  name: string;
  color: string;
  order?: number;
}

export class ProfileStore extends SnapshotStore<ProfileState> {
  private readonly api: ShenyiApi;
  /** What to do once a profile exists: the mark or export that asked for one. */
  private afterProfile: (() => void) | null = null;

  constructor(api: ShenyiApi) {
    super({ profile: null, stances: [], prompt: null });
    this.api = api;
  }

  /** What the shell said at start-up; with no profile yet, asks once. */
  adopt(profile: Profile | null | undefined, stances: Stance[] | undefined): void {
    if (profile !== undefined) this.set({ profile, ...(profile === null ? { prompt: { firstRun: true, reason: null } } : {}) });
    if (stances) this.set({ stances });
  }

  /** Runs `action` once a profile exists, asking for one first if needed. */
  withProfile = (action: () => void): void => {
    if (this.getSnapshot().profile) {
      action();
      return;
    }
    this.askFor('profile.needed', action);
  };

  /** Asks for the profile, then runs `then` once it is saved. */
  askFor(reason: MessageKey, then: () => void): void {
    this.afterProfile = then;
    this.set({ prompt: { firstRun: true, reason } });
  }

  /** The top bar's button: opens the popover (or the first-run strip when there is no profile), or closes it. */
  toggle = (): void => {
    const { prompt, profile } = this.getSnapshot();
    this.set({ prompt: prompt ? null : { firstRun: profile === null, reason: null } });
  };

  close = (): void => {
    this.afterProfile = null;
    this.set({ prompt: null });
  };

  /** Whether the popover (not the first-run strip) is open: Escape closes it. */
  popoverOpen(): boolean {
    const { prompt } = this.getSnapshot();
    return prompt !== null && !prompt.firstRun;
  }

  async save(input: { name: string; delegation: string; role: Role }): Promise<Result<Profile>> {
    const result = await this.api.call('profile.set', input);
    if (!result.ok) return result;
    const wasFirstRun = this.getSnapshot().prompt?.firstRun ?? false;
    this.set({ profile: result.value, ...(wasFirstRun ? { prompt: null } : {}) });
    const pending = this.afterProfile;
    this.afterProfile = null;
    pending?.();
    return result;
  }

  async saveStance(stance: StanceInput): Promise<Result<Stance[]>> {
    const result = await this.api.call('stances.save', { stance });
    if (result.ok) this.set({ stances: result.value });
    return result;
  }

  async removeStance(id: string): Promise<Result<Stance[]>> {
    const result = await this.api.call('stances.remove', { id });
    if (result.ok) this.set({ stances: result.value });
    return result;
  }
}
