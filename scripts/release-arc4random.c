/* For the release link only (scripts/release.sh, step 2a). libstdc++'s static archive, built
 * against glibc 2.36, refers to arc4random (std::random_device, which Tafel never uses); left
 * alone, that one reference would raise the binary's glibc from 2.35 to 2.36 and shut out
 * Ubuntu 22.04. The link wraps the reference to this, which reads the same kernel source as
 * glibc's arc4random. */
#include <stdint.h>
#include <sys/random.h>

uint32_t __wrap_arc4random(void) {
  uint32_t value = 0;
  while (getrandom(&value, sizeof value, 0) != (ssize_t)sizeof value) {
  }
  return value;
}
