// ita registry: what the bundled DLA registry holds: organisations per type, their links to subdistricts, those left unlinked.
import { hasFlag } from '../args';
import type { Command } from '../command';
import { bundledRegistry, legacyCodes, REGISTRY_FILE } from '../../lib/server/registry/dla';
import { readRegistryChanges } from '../../lib/server/registry/changes';
import { ORG_TYPES } from '../../lib/scope';

export const registry: Command = {
  name: 'registry',
  summary: 'Show the bundled DLA registry: organisations per type, subdistrict links, the unlinked',
  usage: `ita registry [--unlinked] [--json]

Reads data/registry/dla-lao-registry.csv (the DLA's list of every local government) and says how
many organisations of each type it holds, how many are linked to the subdistrict (ตำบล) they are
named after, how many old 6-digit subdistrict codes still find an organisation, and how many
registry changes data/registry/changes.csv records.

  --unlinked   list the organisations left unlinked (PAOs cover a province and never are)
  --json       print the same as JSON`,
  booleanFlags: ['unlinked', 'json'],
  async run(args) {
    const { orgs, links } = bundledRegistry();
    const changes = readRegistryChanges(undefined, new Set(orgs.map((o) => o.code)));
    const perType = Object.fromEntries(
      ORG_TYPES.map((t) => [t, orgs.filter((o) => o.type === t).length]).filter(([, n]) => n),
    );
    const unlinked = links.unlinked.map((o) => ({
      code: o.code,
      name: o.short_name_th,
      type: o.type,
      district: o.district_th,
      province: o.province_th,
    }));
    const summary = {
      file: REGISTRY_FILE,
      organisations: orgs.length,
      per_type: perType,
      linked: links.linked,
      unlinked: unlinked.length,
      old_codes: legacyCodes(orgs).size,
      changes: changes.length,
    };
    if (hasFlag(args, 'json')) {
      console.log(
        JSON.stringify(
          hasFlag(args, 'unlinked') ? { ...summary, unlinked_list: unlinked } : summary,
          null,
          2,
        ),
      );
      return 0;
    }
    const n = (x: number) => x.toLocaleString('en');
    console.log(`registry: ${summary.file}`);
    console.log(`organisations / หน่วยงาน: ${n(summary.organisations)}`);
    for (const [t, c] of Object.entries(perType)) console.log(`  ${t}: ${n(c as number)}`);
    console.log(`linked to a subdistrict / เชื่อมกับตำบล: ${n(summary.linked)}`);
    console.log(`unlinked / ไม่ได้เชื่อม: ${n(summary.unlinked)}`);
    console.log(
      `old 6-digit codes that find an organisation / รหัสเดิม 6 หลัก: ${n(summary.old_codes)}`,
    );
    console.log(`registry changes / การเปลี่ยนแปลงทะเบียน: ${n(summary.changes)}`);
    if (hasFlag(args, 'unlinked'))
      for (const o of unlinked)
        console.log(`  ${o.code}  ${o.name}  (${o.district}, ${o.province})`);
    return 0;
  },
};
