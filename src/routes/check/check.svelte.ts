/**
 * The checker's state: the answers (in memory and in the URL fragment, never sent or stored), the question
 * flow from the engine, and the results, all derived from the answers.
 */
import { countyLabels, describeAnswer, evaluate, type Result } from '$lib/domain/eligibility/engine';
import {
	QUESTIONS,
	nextQuestions,
	type AnswerValue,
	type CountyOption,
	type Question
} from '$lib/domain/eligibility/questions';
import type { Benefit, Profile, ProfileField } from '$lib/domain/eligibility/schema';
import type { Contact } from '$lib/domain/benefit-present';
import { decodeProfile, encodeProfile, prune } from '$lib/domain/eligibility/answers';
import { toLine, type CheckLine } from '$lib/domain/eligibility/check-lines';
import { UNKNOWN } from '$lib/domain/eligibility/fields';

const QUESTION = new Map<string, Question>(QUESTIONS.map((q) => [q.id, q]));

export interface AnsweredItem {
	field: ProfileField;
	question: string;
	answer: string;
}

export class CheckState {
	benefits = $state.raw<Benefit[]>([]);
	contacts = $state.raw<Record<string, Contact[]>>({});
	counties = $state.raw<CountyOption[]>([]);
	/** County ids → names, so answers and explanations name the county as people do. */
	labels = $derived(countyLabels(this.counties));
	ready = $state(false);
	#loadError = $state('');
	/** Why the check cannot start, or ''. */
	get loadError(): string {
		return this.#loadError;
	}
	answers = $state.raw<Profile>({});
	/** Fields in the order answered, for 上一题 and the summary. */
	order = $state.raw<ProfileField[]>([]);
	/** A question reopened from the summary, asked before the next open one. */
	editing = $state<ProfileField | null>(null);
	/** The person chose to see results before answering everything. */
	stopped = $state(false);
	/** Problems with answers read from the address (#…). */
	linkErrors = $state.raw<string[]>([]);

	pending: Question[] = $derived(this.ready ? nextQuestions(this.answers, this.benefits, this.counties) : []);
	current: Question | undefined = $derived(
		this.editing ? this.questionFor(this.editing) : this.stopped ? undefined : this.pending[0]
	);
	finished = $derived(this.ready && this.current === undefined);
	results: Result[] = $derived(this.finished ? evaluate(this.benefits, this.answers, this.labels) : []);
	/** The same lines the CLI prints (verdict, amount, steps, change, devices), by benefit id. */
	lines: Record<string, CheckLine> = $derived(
		Object.fromEntries(this.results.map((r) => [r.benefitId, toLine(r, this.answers, this.labels)]))
	);
	answered: AnsweredItem[] = $derived(
		this.order.map((field) => ({
			field,
			question: QUESTION.get(field)?.text ?? field,
			answer: describeAnswer(field, (this.answers as Record<string, unknown>)[field], this.labels)
		}))
	);

	/** The data could not be read from the device or the network. */
	dataUnavailable(): void {
		this.#loadError = '补贴数据还没有存到这台手机上，请联网打开一次本页后再试。';
	}

	/** The data arrived (from memory, IndexedDB or the network). */
	setData(benefits: Benefit[], contacts: Record<string, Contact[]>, counties: CountyOption[] = []): void {
		this.benefits = benefits;
		this.contacts = contacts;
		this.counties = counties;
		this.ready = true;
		// The link's county can be checked only now: a hand-edited or outdated id is dropped, and the page says so.
		const county = this.answers.county;
		if (
			typeof county === 'string' &&
			county !== UNKNOWN &&
			counties.length > 0 &&
			!counties.some((c) => c.id === county)
		) {
			const rest: Record<string, unknown> = { ...this.answers };
			delete rest.county;
			this.answers = prune(rest as Profile);
			this.order = this.order.filter((f) => f in this.answers);
			this.linkErrors = [
				...this.linkErrors,
				`所在县：没有「${county}」这个县，请从${counties.map((c) => c.name).join('、')}中重新选择`
			];
		}
	}

	/** Answers from the address the page was opened with. */
	loadFragment(hash: string): void {
		if (!hash || hash === '#') return;
		const { profile, order, errors } = decodeProfile(hash);
		this.answers = prune(profile);
		this.order = order.filter((f) => f in this.answers);
		this.linkErrors = errors;
	}

	/** The question for a field, with options read from the data (缴费档次). */
	questionFor(field: ProfileField): Question | undefined {
		const without = { ...this.answers } as Record<string, unknown>;
		delete without[field];
		return (
			nextQuestions(without as Profile, this.benefits, this.counties).find((q) => q.id === field) ?? QUESTION.get(field)
		);
	}

	answer(field: ProfileField, value: AnswerValue): void {
		const next = prune({ ...this.answers, [field]: value } as Profile);
		this.answers = next;
		this.order = [...this.order.filter((f) => f !== field), field].filter((f) => f in next);
		this.editing = null;
		this.linkErrors = [];
	}

	/** 上一题: forget the last answer and ask it again. */
	back(): void {
		this.stopped = false;
		if (this.editing) {
			this.editing = null;
			return;
		}
		const last = this.order[this.order.length - 1];
		if (!last) return;
		const rest = { ...this.answers } as Record<string, unknown>;
		delete rest[last];
		this.answers = rest as Profile;
		this.order = this.order.slice(0, -1);
	}

	change(field: ProfileField): void {
		this.stopped = false;
		this.editing = field;
	}

	/** Back from the results to the questions still open. */
	resume(): void {
		this.editing = null;
		this.stopped = false;
	}

	seeResults(): void {
		this.editing = null;
		this.stopped = true;
	}

	restart(): void {
		this.answers = {};
		this.order = [];
		this.editing = null;
		this.stopped = false;
		this.linkErrors = [];
	}

	/** The fragment that holds the answers (without #). */
	get fragment(): string {
		return encodeProfile(this.answers, this.order);
	}

	valueOf(field: ProfileField): unknown {
		return (this.answers as Record<string, unknown>)[field];
	}
}
