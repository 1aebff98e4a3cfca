/* dorsal-assess-tool.c: `dorsal --assess FILE` without the app, for tests and authors
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-assess-cli.h"

int
main (int   argc,
      char *argv[])
{
  if (argc != 2)
    {
      fprintf (stderr, "usage: %s FILE|-\n", argv[0]);
      return 2;
    }
  return dorsal_assess_cli_run (argv[1], stdout, stderr);
}
