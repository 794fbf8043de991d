/**
 * 一件事 (life events): the vocabulary of data/curated/life-events.yaml, validated at build time and shipped
 * as the `events` bundle section. An event names catalogue records; it carries no facts of its own (no
 * amounts, steps or required documents), so it has no citation: each listed record shows its own.
 */
import { z } from 'zod';
import { Slug } from '../schema';

/** Oldest age a typed age is read as (「我120岁」 is still an age; 「我300岁」 is not). */
export const MAX_AGE = 120;

export const LifeEvent = z
	.object({
		id: Slug,
		title: z.string().min(2),
		/** What people type for this situation, already normalised (see search/normalise.ts). */
		words: z.array(z.string().min(1)).min(1),
		/** A typed age in this range (岁, inclusive) reads as this situation. */
		ages: z.tuple([z.number().int().min(0).max(MAX_AGE), z.number().int().min(0).max(MAX_AGE)]).optional(),
		services: z.array(z.number().int().positive()),
		benefits: z.array(Slug),
		hotlines: z.array(z.string().min(1)),
		documents: z.array(Slug)
	})
	.strict();
export type LifeEvent = z.infer<typeof LifeEvent>;

export const EventsData = z.object({ events: z.array(LifeEvent) }).strict();
export type EventsData = z.infer<typeof EventsData>;
