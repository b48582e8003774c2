/** Every policy key the school can set: validated on its own, and declared in the schema. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  EXPORT_TARGETS,
  parseManagedPolicy,
  RECORDING_QUALITIES,
} from '@/lib/settings/managedPolicy';

interface SchemaEntry {
  type: string;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  items?: SchemaEntry;
}
const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8')) as {
  properties: Record<string, SchemaEntry>;
};

describe('parseManagedPolicy', () => {
  it('keeps a full, valid school policy', () => {
    const policy = parseManagedPolicy({
      skillsFramework: [{ id: 'vt-communication', name: 'Communication' }, { name: 'Teamwork' }],
      allowedExportTargets: ['zip', 'seesaw'],
      recordingMaxMinutes: 10,
      recordingWebcamAllowed: false,
      recordingDefaultQuality: 'smoother',
      blockedClipDomains: ['example.com'],
      dataRetentionDays: 365,
      seesawMaxVideoMinutes: 3,
      seesawMaxFileMB: 25.5,
    });
    expect(policy).toEqual({
      skillsFramework: [
        { id: 'vt-communication', name: 'Communication', description: '' },
        { name: 'Teamwork', description: '' },
      ],
      allowedExportTargets: ['zip', 'seesaw'],
      recordingMaxMinutes: 10,
      recordingWebcamAllowed: false,
      recordingDefaultQuality: 'smoother',
      blockedClipDomains: ['example.com'],
      dataRetentionDays: 365,
      seesawMaxVideoMinutes: 3,
      seesawMaxFileMB: 25.5,
    });
  });

  it('drops each out-of-range or mistyped value and keeps the rest', () => {
    const policy = parseManagedPolicy({
      skillsFramework: [],
      allowedExportTargets: ['zip', 'dropbox'],
      recordingMaxMinutes: 121,
      recordingWebcamAllowed: 'no',
      recordingDefaultQuality: 'ultra',
      blockedClipDomains: ['ok.example', ''],
      dataRetentionDays: 0.5,
      seesawMaxVideoMinutes: 0,
      seesawMaxFileMB: -1,
      driveClientId: 'kept',
    });
    expect(policy).toEqual({ driveClientId: 'kept' });
  });

  it('keeps an empty export list: the school turned export off', () => {
    expect(parseManagedPolicy({ allowedExportTargets: [] })).toEqual({ allowedExportTargets: [] });
  });

  it('treats a non-object as no policy', () => {
    expect(parseManagedPolicy(null)).toEqual({});
    expect(parseManagedPolicy('x')).toEqual({});
  });
});

describe('public/managed_schema.json', () => {
  it('offers exactly the values the code accepts', () => {
    const p = schema.properties;
    expect(p.allowedExportTargets?.items?.enum).toEqual([...EXPORT_TARGETS]);
    expect(p.recordingDefaultQuality?.enum).toEqual([...RECORDING_QUALITIES]);
    expect(p.recordingMaxMinutes).toMatchObject({ type: 'integer', minimum: 1, maximum: 120 });
    expect(p.dataRetentionDays).toMatchObject({ type: 'integer', minimum: 1, maximum: 3650 });
    expect(p.skillsFramework?.items?.type).toBe('object');
  });

  it('uses only types Chrome understands (an invalid schema stops the extension loading)', () => {
    const allowed = ['object', 'array', 'string', 'integer', 'number', 'boolean'];
    const visit = (entry: SchemaEntry & { properties?: Record<string, SchemaEntry> }) => {
      expect(allowed).toContain(entry.type);
      if (entry.items) visit(entry.items);
      for (const child of Object.values(entry.properties ?? {})) visit(child);
    };
    for (const entry of Object.values(schema.properties)) visit(entry);
  });
});
