/** A QR module matrix as one SVG path: one `h1v1h-1z` square per dark module, rows merged into runs. */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
	let d = '';
	modules.forEach((row, y) => {
		let x = 0;
		while (x < row.length) {
			if (!row[x]) {
				x++;
				continue;
			}
			const start = x;
			while (x < row.length && row[x]) x++;
			d += `M${start} ${y}h${x - start}v1h${start - x}z`;
		}
	});
	return d;
}
