/*
 * A stand-in for Windows' bcryptprimitives.dll, for testing Claimline.exe under
 * Wine only: it is never shipped.
 *
 * Go 1.24 and later programs get their random numbers from ProcessPrng in
 * bcryptprimitives.dll, which every supported Windows has but Debian's Wine 8
 * lacks, so Claimline.exe stops at start-up under it. .ci/package-check builds
 * this file with mingw-w64 and puts the DLL in a temporary Wine prefix's
 * system32; it answers with RtlGenRandom (advapi32's SystemFunction036), which
 * Wine does provide.
 */
#include <windows.h>
#include <ntsecapi.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
	while (len > 0) {
		ULONG n = len > 0x10000000 ? 0x10000000 : (ULONG)len;
		if (!RtlGenRandom(data, n))
			return FALSE;
		data += n;
		len -= n;
	}
	return TRUE;
}
