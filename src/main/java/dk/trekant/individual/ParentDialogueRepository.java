package dk.trekant.individual;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ParentDialogueRepository extends JpaRepository<ParentDialogue, UUID> {

    List<ParentDialogue> findByCaseIdOrderByRecordedAt(UUID caseId);
}
