import { Module } from '@nestjs/common';
import { MailOutboxModule } from '@samarbeid/api/data-access';

import { ExerciseResolver } from './exercise/exercise.resolver';
import { ExerciseService } from './exercise/exercise.service';
import { FollowUpResolver } from './follow-up/follow-up.resolver';
import { FollowUpService } from './follow-up/follow-up.service';
import { ReminderService } from './follow-up/reminder.service';
import { PREPAREDNESS_DB } from './repository/preparedness.db';
import { RosterResolver } from './roster/roster.resolver';
import { RosterService } from './roster/roster.service';
import { RoutineResolver } from './routine/routine.resolver';
import { RoutineService } from './routine/routine.service';
import { YearlyCheckResolver } from './yearly-check/yearly-check.resolver';
import { YearlyCheckService } from './yearly-check/yearly-check.service';

export const PREPAREDNESS_RESOLVERS = [
  RosterResolver,
  ExerciseResolver,
  FollowUpResolver,
  RoutineResolver,
  YearlyCheckResolver,
] as const;

/**
 * Preparedness: the psychosocial crisis teams' roster (contact details for the team and the secretariat only),
 * exercises with their evaluation, follow-up actions with reminders, routines reviewed at an interval, and the
 * yearly check per municipality.
 */
@Module({
  imports: [MailOutboxModule],
  providers: [
    PREPAREDNESS_DB,
    RosterService,
    ExerciseService,
    FollowUpService,
    ReminderService,
    RoutineService,
    YearlyCheckService,
    ...PREPAREDNESS_RESOLVERS,
  ],
})
export class PreparednessModule {}
