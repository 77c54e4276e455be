import { sql, type Kysely } from 'kysely';

// A completed case note is part of the child's record as it was written: the database itself
// refuses to change or remove it, or who was involved, as it refuses to change the audit trail.
// Only marking it recorded in error (for good) is allowed; anything more is added as an appendment.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function case_notes_completed_are_final() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        if old.completed_at is not null then
          raise exception 'A completed case note cannot be removed'
            using errcode = 'check_violation', constraint = 'case_notes_completed_final';
        end if;
        return old;
      end if;
      if old.completed_at is not null and (
        to_jsonb(new) - array['recorded_in_error', 'version', 'updated_at', 'updated_by']
          is distinct from to_jsonb(old) - array['recorded_in_error', 'version', 'updated_at', 'updated_by']
        or (old.recorded_in_error and not new.recorded_in_error)) then
        raise exception 'A completed case note cannot be changed'
          using errcode = 'check_violation', constraint = 'case_notes_completed_final';
      end if;
      return new;
    end;
    $$;
    create trigger case_notes_final before update or delete on case_notes
      for each row execute function case_notes_completed_are_final();

    create function case_note_parts_final() returns trigger language plpgsql as $$
    begin
      if exists (select 1 from case_notes where completed_at is not null
                  and id in (old.case_note_id, new.case_note_id)) then
        raise exception 'Who was involved in a completed case note cannot be changed'
          using errcode = 'check_violation', constraint = 'case_notes_completed_final';
      end if;
      return coalesce(new, old);
    end;
    $$;
    create trigger case_note_workers_final before insert or update or delete on case_note_workers
      for each row execute function case_note_parts_final();
    create trigger case_note_family_members_final before insert or update or delete on case_note_family_members
      for each row execute function case_note_parts_final();
    create trigger case_note_professionals_final before insert or update or delete on case_note_professionals
      for each row execute function case_note_parts_final();

    create function case_note_appendments_append_only() returns trigger language plpgsql as $$
    begin
      if tg_op <> 'INSERT' then
        raise exception 'An appendment to a case note cannot be changed or removed'
          using errcode = 'check_violation', constraint = 'case_note_appendments_append_only';
      end if;
      if not exists (select 1 from case_notes where id = new.case_note_id
                      and completed_at is not null and not recorded_in_error) then
        raise exception 'Only a completed case note, not recorded in error, can be added to'
          using errcode = 'check_violation', constraint = 'case_note_appendments_to_completed';
      end if;
      return new;
    end;
    $$;
    create trigger case_note_appendments_append_only before insert or update or delete on case_note_appendments
      for each row execute function case_note_appendments_append_only();
  `.execute(db);
}
