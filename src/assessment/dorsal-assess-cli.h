/* dorsal-assess-cli.h: `dorsal --assess FILE [--summary OUT.pdf]`, the self-assessment without a window
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <stdio.h>

#include "dorsal-triage.h"

G_BEGIN_DECLS

int dorsal_assess_cli_run                     (const char   *path,
                                               FILE         *out,
                                               FILE         *err);
int dorsal_assess_cli_run_with_triage         (DorsalTriage *triage,
                                               const char   *path,
                                               FILE         *out,
                                               FILE         *err);
int dorsal_assess_cli_run_summary             (const char   *path,
                                               const char   *summary_path,
                                               FILE         *out,
                                               FILE         *err);
int dorsal_assess_cli_run_summary_with_triage (DorsalTriage *triage,
                                               const char   *path,
                                               const char   *summary_path,
                                               FILE         *out,
                                               FILE         *err);

G_END_DECLS
