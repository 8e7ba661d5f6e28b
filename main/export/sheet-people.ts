/**
 * Whose opinions an export holds. A clerk who merged several delegates' packages exports a
 * sheet of their opinions, not of the clerk's: the header names the person the sheet is *for*
 * only when every opinion in it is theirs, and otherwise lists the authors and says who
 * compiled it. Every builder (Word sheet, Markdown/PDF, spreadsheet) takes its title and
 * header from here, so they never disagree about who said what.
 */
import type { Profile } from '../model/opinion';
import type { ExportEntry } from './export-context';
import { delegationWord, personWord, WORDS } from './wording';

type Person = Pick<Profile, 'id' | 'name' | 'delegation' | 'role'>;

export interface SheetPeople {
  /** The one author of every opinion (the exporter when there are none); null when several. */
  owner: Person | null;
  /** Distinct authors in report order. */
  authors: Person[];
  /** Who exported it, when that is not the owner: a clerk compiling others' opinions. */
  compiler: Person | null;
}

export interface HeaderField {
  label: string;
  value: string;
}

/** 张三（浙江代表团）: a person as every export names them. */
export function personText(person: Pick<Profile, 'name' | 'delegation'>): string {
  return person.delegation.trim() === '' ? person.name : `${person.name}（${person.delegation}）`;
}

export function sheetPeople(entries: ExportEntry[], exporter: Person): SheetPeople {
  const byId = new Map<string, Person>();
  for (const { opinion } of entries) if (!byId.has(opinion.author.id)) byId.set(opinion.author.id, opinion.author);
  const authors = [...byId.values()];
  // The exporter's own opinions are named as the profile says now (a renamed delegate, say).
  const owner = authors.length === 0 || (authors.length === 1 && authors[0]!.id === exporter.id) ? exporter : (authors.length === 1 ? authors[0]! : null);
  return { owner, authors, compiler: owner !== null && owner.id === exporter.id ? null : exporter };
}

/** The sheet's title: 《…》代表审议意见表 for one person, 《…》审议意见汇总表 for several. */
export function sheetTitle(title: string, people: SheetPeople): string {
  return people.owner ? `《${title}》${personWord(people.owner.role)}审议意见表` : `《${title}》审议意见汇总表`;
}

/** Who the sheet is for (or by whom), in label/value pairs; the builders add date and version. */
export function peopleFields(people: SheetPeople): HeaderField[] {
  const fields: HeaderField[] = people.owner
    ? [
        { label: WORDS.name, value: people.owner.name },
        { label: delegationWord(people.owner.role), value: people.owner.delegation },
      ]
    : [
        { label: '意见作者', value: people.authors.map(personText).join('、') },
        { label: '人数', value: `${people.authors.length} 人` },
      ];
  if (people.compiler) fields.push({ label: '整理人', value: personText(people.compiler) });
  return fields;
}

/** The author as the entry's label says it: only on a sheet of several people's opinions. */
export function entryAuthor(people: SheetPeople, entry: ExportEntry): string | null {
  return people.owner ? null : personText(entry.opinion.author);
}
