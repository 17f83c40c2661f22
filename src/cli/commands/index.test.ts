import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, loadCommand, loadCommands } from './index';

describe('the command list', () => {
  it('lists each command under the name its module gives it, so `ita <name>` loads the right one', async () => {
    expect((await loadCommands()).map((c) => c.name)).toEqual(COMMAND_NAMES);
    for (const name of COMMAND_NAMES) expect((await loadCommand(name))?.name).toBe(name);
  });

  it('has no command for a name it does not list', async () => {
    expect(await loadCommand('import')).toBeNull();
  });
});
