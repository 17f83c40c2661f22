// Every ita CLI command, in the order the help lists them.
import type { Command } from '../command';
import { init } from './init';

export const COMMANDS: Command[] = [init];
