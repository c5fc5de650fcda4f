//! Files of fixed-size records after a header (IDX images, CIFAR batches), read record by
//! record with positioned reads so memory does not grow with the number of images.

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::DataError;

#[derive(Debug)]
pub(crate) struct RecordFile {
    /// The user's file, for messages (an IDX `.gz` is read from its decompressed copy).
    path: PathBuf,
    file: Mutex<File>,
    header: usize,
    stride: usize,
    count: usize,
}

impl RecordFile {
    pub(crate) fn new(path: &Path, file: File, header: usize, stride: usize, count: usize) -> Self {
        Self {
            path: path.into(),
            file: Mutex::new(file),
            header,
            stride,
            count,
        }
    }

    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    pub(crate) fn len(&self) -> usize {
        self.count
    }

    /// Fills `buf` from record `index`, starting `skip` bytes into the record.
    pub(crate) fn read(&self, index: usize, skip: usize, buf: &mut [u8]) -> Result<(), DataError> {
        if index >= self.count {
            return Err(DataError::Layout {
                path: self.path.clone(),
                reason: format!("image {index} out of range (file holds {})", self.count),
            });
        }
        let at = self.header + index * self.stride + skip;
        let mut file = self
            .file
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        file.seek(SeekFrom::Start(at as u64))
            .and_then(|_| file.read_exact(buf))
            .map_err(|e| DataError::io(&self.path, e))
    }
}
