# The Debian package, fewshot-studio_<version>_<arch>.deb. Its library dependencies come from
# dpkg-shlibdeps on the installed programs, so they name Debian 12's runtime packages (libtorch1.13,
# libqt6widgets6, libopencv-*406, libqcustomplot2.1-qt6, ...) and never the -dev packages we build with.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME fewshot-studio)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_CONTACT "FewShot Studio developers <fewshot-studio@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "train and explore GANs on tiny datasets")
set(CPACK_PACKAGE_DESCRIPTION
    "FewShot Studio trains generative adversarial networks (FastGAN, Projected GAN,
PGGAN, ConSinGAN) on a folder of about a hundred images or on one image, shows
the training live and lets you explore and export what the generator learned.
This package holds the desktop studio (fewshot-studio), the command line for
servers (fewshot) and the sample-dataset renderer, built on LibTorch (CPU).")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time rather than linked, so dpkg-shlibdeps cannot see them.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "fonts-noto-color-emoji, fonts-nanum, libqt6svg6, python3-pip, python3-torch")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_OUTPUT_FILE_PREFIX ${PROJECT_BINARY_DIR}/packages)
include(CPack)
