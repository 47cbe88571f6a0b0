import { ESLint } from 'eslint';
import { join } from 'node:path';

/**
 * Proves the Nx module boundaries are enforced by lint: deliberately wrong imports
 * placed (virtually) inside a project must produce the boundary error, and the
 * same file with allowed imports must not.
 */
const root = join(__dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  return result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

describe('module boundaries', () => {
  it.each([
    ['libs/domain/src/lib/wrong.ts', '@nestjs/common', "import { Injectable } from '@nestjs/common';\nexport const x = Injectable;\n"],
    ['libs/domain/src/lib/wrong.ts', 'typeorm', "import { Entity } from 'typeorm';\nexport const x = Entity;\n"],
    ['libs/workflow/src/lib/wrong.ts', '@angular/core', "import { Component } from '@angular/core';\nexport const x = Component;\n"],
    ['libs/domain/src/lib/wrong.ts', 'workflow', "import { zaakMachine } from '@woonstart/workflow';\nexport const x = zaakMachine;\n"],
    ['web/src/app/wrong.ts', 'db', "import { ZaakEntity } from '@woonstart/db';\nexport const x = ZaakEntity;\n"],
    ['web/src/app/wrong.ts', '@nestjs/common', "import { Controller } from '@nestjs/common';\nexport const x = Controller;\n"],
    ['web/src/app/wrong.ts', 'api', "import { AppModule } from '../../../api/src/app/app.module';\nexport const x = AppModule;\n"],
  ])('%s importing %s fails lint', async (file, _what, code) => {
    const errors = await boundaryErrors(file, code);
    expect(errors.length).toBeGreaterThan(0);
  });

  it.each([
    ['libs/workflow/src/lib/ok.ts', "import { ROLLEN } from '@woonstart/domain';\nexport const x = ROLLEN;\n"],
    ['web/src/app/ok.ts', "import { zaakMachine } from '@woonstart/workflow';\nexport const x = zaakMachine;\n"],
    ['api/src/ok.ts', "import { ZaakEntity } from '@woonstart/db';\nexport const x = ZaakEntity;\n"],
  ])('%s with allowed imports passes', async (file, code) => {
    expect(await boundaryErrors(file, code)).toEqual([]);
  });
});
