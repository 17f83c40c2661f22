// The meeting deck kept in this browser (localStorage), shared by every page's chart menus and the /deck page, and
// kept in step across tabs.
import type { DeckChart, DeckSpec } from './deck-codec';
import { MAX_DECK_CHARTS } from './deck-codec';

export interface DeckItem extends DeckChart {
  /** Unique within the deck, so the same chart can appear twice with different views. */
  key: string;
  title: string;
  /** The page it was added from, to go back to it, and that page's heading (e.g. "ภาพรวม: ปัตตานี"). */
  page: string;
  pageLabel?: string;
  added: string;
}

interface StoredDeck {
  title: string;
  items: DeckItem[];
}

const STORAGE_KEY = 'ita-meeting-deck-v1';

function read(): StoredDeck {
  if (typeof localStorage === 'undefined') return { title: '', items: [] };
  try {
    const v = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as StoredDeck | null;
    if (v && Array.isArray(v.items)) return { title: String(v.title ?? ''), items: v.items };
  } catch {
    // A damaged entry is replaced by an empty deck rather than breaking every page.
  }
  return { title: '', items: [] };
}

class DeckStore {
  title = $state('');
  items = $state<DeckItem[]>([]);
  private started = false;

  /** Reads the stored deck once in the browser and follows changes made in other tabs. */
  start(): void {
    if (this.started || typeof window === 'undefined') return;
    this.started = true;
    this.sync();
    window.addEventListener('storage', (e) => {
      if (e.key === STORAGE_KEY) this.sync();
    });
  }

  private sync(): void {
    const d = read();
    this.title = d.title;
    this.items = d.items;
  }

  private save(): void {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ title: this.title, items: this.items }));
  }

  has(chart: string, search: string): boolean {
    return this.items.some((i) => i.chart === chart && i.search === search);
  }

  add(item: Omit<DeckItem, 'key' | 'added'>): boolean {
    this.start();
    if (this.has(item.chart, item.search) || this.items.length >= MAX_DECK_CHARTS) return false;
    const key = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    this.items = [...this.items, { ...item, key, added: new Date().toISOString() }];
    this.save();
    return true;
  }

  remove(key: string): void {
    this.items = this.items.filter((i) => i.key !== key);
    this.save();
  }

  move(key: string, delta: -1 | 1): void {
    const i = this.items.findIndex((x) => x.key === key);
    const j = i + delta;
    if (i < 0 || j < 0 || j >= this.items.length) return;
    const next = [...this.items];
    [next[i], next[j]] = [next[j]!, next[i]!];
    this.items = next;
    this.save();
  }

  setTitle(title: string): void {
    this.title = title;
    this.save();
  }

  clear(): void {
    this.items = [];
    this.save();
  }

  spec(defaultTitle: string): DeckSpec {
    return {
      title: this.title.trim() || defaultTitle,
      charts: this.items.map(({ chart, search }) => ({ chart, search })),
    };
  }
}

export const deck = new DeckStore();
