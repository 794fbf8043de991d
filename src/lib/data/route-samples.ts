/**
 * One path per route of src/routes (ids need not exist: only the route's code loads, not its data).
 * route-samples.test.ts fails when a route is added without a path here.
 */
export const ROUTE_SAMPLES = [
	'/',
	'/404',
	'/about',
	'/benefit/x',
	'/benefits',
	'/check',
	'/department/x',
	'/document/x',
	'/documents',
	'/event/x',
	'/events',
	'/hotlines',
	'/measures',
	'/open-data',
	'/print/benefit/x',
	'/print/service/1',
	'/saved',
	'/search',
	'/service/1',
	'/show/benefit/x',
	'/show/service/1',
	'/theme/x',
	'/type/x'
];
