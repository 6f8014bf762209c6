import type { FormRefusal, SaveStatus } from '../form-state/form-state';
import type { ConfirmQuestion, ConfirmService } from './confirm.service';

/**
 * A change the user confirms first (end a membership, close a network): asks `question`; once confirmed, runs `save`
 * with `status` busy, then shows its refusal, or tells `notice` (a notice named in the status's texts).
 */
export async function confirmThenSave(
  confirm: Pick<ConfirmService, 'ask'>,
  status: SaveStatus,
  question: ConfirmQuestion,
  save: () => Promise<FormRefusal<string> | undefined>,
  notice: string,
): Promise<void> {
  if (!(await confirm.ask(question))) return;
  const refusal = await status.send(save);
  if (refusal) status.refuse(refusal);
  else status.tell(notice);
}
