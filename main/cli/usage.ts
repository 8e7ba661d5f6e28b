/** What `shenyi --help` prints, and the error for a command line that does not fit it. */
export const USAGE = `usage:
  shenyi outline FILE [--read-as docx] [--json]
  shenyi import FILE [--read-as docx] [--data-dir DIR] [--documents all|originals|1,2] [--as-version-of REPORT_ID [--label 修改稿]] [--json]
  shenyi reports [--data-dir DIR] [--json]
  shenyi note add --report ID --quote TEXT [--occurrence N] --stance NAME --body TEXT
                  [--suggest TEXT --reason TEXT] [--author NAME] [--data-dir DIR] [--json]
  shenyi note list --report ID [--data-dir DIR] [--json]
  shenyi reanchor --from OLD_FILE --to NEW_FILE --anchors ANCHORS.json [--json]
  shenyi compare OLD_FILE NEW_FILE [--ignore-formatting] [-o NOTE.docx|NOTE.md] [--json]
  shenyi versions --report ID [--data-dir DIR] [--json]
  shenyi adoption --report ID [--from VERSION] [--to VERSION] [--chain] [--data-dir DIR] [--json]
  shenyi export --report ID --format docx|report-docx|xlsx|csv|md|pdf|json -o FILE
                [--order report|stance] [--orphans] [--adoption] [--script source|hans|hant] [--data-dir DIR] [--json]
  shenyi package import FILE [--data-dir DIR] [--json]
  shenyi draft lint FILE.md [--form proposal|suggestion|motion] [--level national|provincial|municipal|county]
                    [--profile PROFILE.json] [--earlier OLD.md]... [--dismiss RULE=REASON]... [--json]
  shenyi draft new [FILE.md] --report ID [--form proposal|suggestion|motion] [--level …] [--data-dir DIR] [--json]
  shenyi draft list [--report ID] [--data-dir DIR] [--json]
  shenyi draft export ID --format docx|pdf|platform-text -o FILE [--data-dir DIR] [--json]
  shenyi backup [--data-dir DIR] [--json]              # a verified copy in DIR/backups/
  shenyi restore [BACKUP_NAME] [--list] [--data-dir DIR] [--json]   # the newest good backup unless named
  shenyi check [--data-dir DIR] [--json]               # quick_check and every opinion's checksum
  shenyi desk briefing FILE.txt [--against REPORT_FILE] [--json]          # split a 简报, no library
  shenyi desk briefing FILE.txt|FILE.docx --data-dir DIR [--report ID] [--json]   # take it into the library
  shenyi desk import DIR_OR_FILES... [--report ID] [--data-dir DIR] [--json]   # packages and 简报, one job
  shenyi desk tally --report ID [--data-dir DIR] [--json]
  shenyi desk clusters --report ID [--data-dir DIR] [--json]
  shenyi desk export --report ID --format summary-docx|summary-xlsx|briefing-docx|referrals-xlsx|desk-package -o FILE
                     [--anonymous] [--issue N --publisher TEXT --date YYYY-MM-DD] [--data-dir DIR]`;

export class UsageError extends Error {}

export function requireOption(value: string | undefined, option: string, command: string): string {
  if (value === undefined || value === '') throw new UsageError(`${command} needs ${option}`);
  return value;
}
