package org.advocacy.cases.casefile;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/** The case files, for reading. Changes go through the aggregate store with their messages. */
public interface CaseFiles extends MongoRepository<CaseFile, String> {

    Page<CaseFile> findByPublishedAtNotNull(Pageable pageable);
}
