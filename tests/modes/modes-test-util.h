/* modes-test-util.h: small helpers shared by the modes tests
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <glib/gstdio.h>

/* Writes @contents to a fresh temporary file named @name and returns it. */
static inline GFile *
modes_test_write_file (const char *name,
                       const char *contents)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dorsal-modes-XXXXXX", &error);
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, name, NULL);
  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static inline void
modes_test_delete_file (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);

  g_file_delete (file, NULL, NULL);
  g_file_delete (parent, NULL, NULL);
}
