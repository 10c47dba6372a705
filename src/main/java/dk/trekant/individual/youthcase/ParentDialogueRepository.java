package dk.trekant.individual.youthcase;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ParentDialogueRepository extends JpaRepository<ParentDialogue, UUID> {

    List<ParentDialogue> findByCaseIdOrderByRecordedAt(UUID caseId);
}
