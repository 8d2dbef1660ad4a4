import { renderNestCli } from './nest-cli.render';

/** A file of the repository that is computed from the source registry, never edited by hand. */
export interface DerivedFile {
  /** From the repository's root. */
  path: string;
  /** Its content, given the file as it is now (for files of which only a part is derived). */
  render: (current: string) => string;
}

export const DERIVED_FILES: readonly DerivedFile[] = [
  { path: 'nest-cli.json', render: () => renderNestCli() },
];
